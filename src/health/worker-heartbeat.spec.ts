import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEARTBEAT_MAX_AGE_MS, heartbeatFile, heartbeatProblem, startHeartbeat } from './worker-heartbeat.js';

describe('worker heartbeat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'moral-bank-heartbeat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is unhealthy before the first beat, healthy while fresh, unhealthy once stale', () => {
    const file = heartbeatFile(dir);
    expect(heartbeatProblem(file)).toMatch(/^no heartbeat at /);
    writeFileSync(file, 'x');
    expect(heartbeatProblem(file)).toBeNull();
    const old = (Date.now() - HEARTBEAT_MAX_AGE_MS - 5_000) / 1000;
    utimesSync(file, old, old);
    expect(heartbeatProblem(file)).toMatch(/^the last heartbeat is 6[45] s old/);
  });

  it('beats only when the worker reaches what it needs', async () => {
    const up = join(dir, 'up.alive');
    const down = join(dir, 'down.alive');
    const failures: unknown[] = [];
    const stops = [
      startHeartbeat(async () => undefined, up),
      startHeartbeat(
        () => Promise.reject(new Error('Redis did not answer')),
        down,
        (e) => failures.push(e),
      ),
    ];
    await new Promise((r) => setTimeout(r, 50));
    stops.forEach((stop) => stop());
    expect([heartbeatProblem(up), heartbeatProblem(down)?.startsWith('no heartbeat')]).toEqual([null, true]);
    expect(failures.map((e) => (e as Error).message)).toEqual(['Redis did not answer']);
  });
});
