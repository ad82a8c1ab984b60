import { heartbeatProblem } from './health/worker-heartbeat.js';

/** The worker container's health check: exit 0 while the worker's heartbeat is fresh, else 1 with the reason. */
const problem = heartbeatProblem();
if (problem) {
  console.error(`unhealthy: ${problem}`);
  process.exit(1);
}
