/**
 * `node dist/scripts/bench-floor.js <database url> <port> <program id>`
 *
 * The floor of a kiosk lookup in Node on this machine, for the benchmark: a bare node:http server
 * with a pg pool as large as the service's, answering `GET /<card code>` with the household and
 * its balance from one indexed query. No framework, no authentication, no validation, no logging:
 * what any Node service doing at least one query per request cannot beat here. Prints `ready`
 * once it listens.
 */
import { createServer } from 'node:http';
import pg from 'pg';

const [url, port, programId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 20 });

const server = createServer((req, res) => {
  const code = decodeURIComponent((req.url ?? '/').slice(1));
  pool
    .query<{ id: number; head_name: string; balance: string | null }>(
      `SELECT h.id, h.head_name, a.balance FROM households h
         LEFT JOIN accounts a ON a.program_id = $2 AND a.kind = 'holder' AND a.holder_id = h.id
        WHERE h.card_code = $1`,
      [code, Number(programId)],
    )
    .then(
      ({ rows }) => {
        const body = JSON.stringify(
          rows[0] ? { id: rows[0].id, headName: rows[0].head_name, balance: Number(rows[0].balance ?? 0) } : null,
        );
        res.writeHead(rows[0] ? 200 : 404, { 'content-type': 'application/json' }).end(body);
      },
      (err: Error) => res.writeHead(500).end(err.message),
    );
});

server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
