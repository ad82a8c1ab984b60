import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A separate job worker (`npm run worker`) serves no HTTP, so its health is a heartbeat: every
 * HEARTBEAT_MS, once its database and its Redis both answered, it touches a file; the container's
 * health check (`node dist/src/worker-health.js`) passes while that file is fresh.
 */
export const HEARTBEAT_MS = 15_000;
/** Older than this (three beats missed, and then some) means unhealthy. */
export const HEARTBEAT_MAX_AGE_MS = 60_000;

/** The heartbeat file: in the worker's own temporary folder (one per container, not on the shared volume). */
export const heartbeatFile = (dir: string = tmpdir()): string => join(dir, 'moral-bank-worker.alive');

/** Beats while `alive()` resolves; a failed check leaves the file to grow stale. Returns a stop function. */
export function startHeartbeat(
  alive: () => Promise<void>,
  file = heartbeatFile(),
  onFailure: (err: unknown) => void = () => undefined,
): () => void {
  let running = true;
  const beat = async () => {
    try {
      await alive();
      if (running) writeFileSync(file, new Date().toISOString());
    } catch (err) {
      onFailure(err);
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  timer.unref();
  return () => {
    running = false;
    clearInterval(timer);
  };
}

/** null when the heartbeat is fresh at `now`, else why not. */
export function heartbeatProblem(file = heartbeatFile(), now = Date.now()): string | null {
  let modified: number;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    return `no heartbeat at ${file}: the worker has not started, or has not yet reached its database and Redis`;
  }
  const age = now - modified;
  return age <= HEARTBEAT_MAX_AGE_MS
    ? null
    : `the last heartbeat is ${Math.round(age / 1000)} s old: the worker cannot reach its database or Redis, or is stuck`;
}
