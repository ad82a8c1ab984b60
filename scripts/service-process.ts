import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A program run as a service: started with its output collected, waited for until /health answers,
 * stopped gracefully. The tests (test/support/service-process.ts) and the benchmark (bench.ts)
 * start the built service through these.
 */

export interface Service {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Any program as a service, its output collected. */
export function startProcess(file: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Service {
  const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

export const running = (s: Service): boolean => s.child.exitCode === null && s.child.signalCode === null;

/** `promise`, or a rejection naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls GET /health until it answers 200 (at most `timeoutMs`); fails at once if the process exits. */
export async function waitForHealth(
  service: Service,
  port: number,
  timeoutMs = 90_000,
): Promise<{ ms: number; body: Record<string, unknown> }> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (!running(service))
      throw new Error(
        `service exited (${service.child.exitCode}) before answering /health:\n${service.stderr()}\n${service.stdout().slice(-2000)}`,
      );
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return { ms: Date.now() - start, body: (await res.json()) as Record<string, unknown> };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`/health did not answer 200 within ${timeoutMs / 1000} s:\n${service.stderr()}\n${service.stdout().slice(-2000)}`);
}

/** SIGTERM, then waits (at most 30 s) for the exit. */
export async function stopService(service: Service): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const start = Date.now();
  service.child.kill('SIGTERM');
  const exit = await within(service.exited, 30_000, 'graceful shutdown after SIGTERM');
  return { ...exit, ms: Date.now() - start };
}
