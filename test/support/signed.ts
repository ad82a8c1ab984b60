import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { API } from './fixtures.js';
import type { TestApp } from './test-app.js';

/**
 * Events sent as a grid platform sends them: a batch signed the Standard Webhooks way with the
 * client's secret (docs/integration.md). `again()` sends the very same request (a replay); `body`
 * lets a test send other bytes than it signed.
 */
export function sendSigned(
  t: TestApp,
  keyId: string,
  secret: string,
  events: object[],
  opts: { id?: string; at?: Date; body?: (signed: string) => string } = {},
) {
  const body = JSON.stringify({ events });
  const id = opts.id ?? `msg_${randomUUID()}`;
  const at = opts.at ?? new Date();
  const signature = new Webhook(secret).sign(id, at, body);
  const request = () =>
    t
      .http()
      .post(`${API}/integration-events`)
      .set('content-type', 'application/json')
      .set('X-Client-Id', keyId)
      .set('webhook-id', id)
      .set('webhook-timestamp', String(Math.floor(at.getTime() / 1000)))
      .set('webhook-signature', signature)
      .send(opts.body ? opts.body(body) : body);
  return Object.assign(request(), { again: request });
}

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A county's gateway on this machine (a webhook receiver, or an SMS provider's API): answers each
 * request with `respond(request)`'s status and JSON body, and keeps what it got.
 */
export async function localReceiver(respond: (r: Received, index: number) => { status: number; body?: unknown }) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const { status, body } = respond(r, received.length - 1);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
