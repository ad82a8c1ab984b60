/** The Node.js line this service is supported and tested on (the active LTS). */
export const SUPPORTED_NODE_MAJOR = 24;

/**
 * A warning for a Node.js older than the supported LTS, or null. Printed once at start by the
 * service, the worker and the CLI: older lines may run, but nothing is promised there.
 */
export function nodeVersionWarning(version: string = process.versions.node): string | null {
  const major = Number(version.split('.')[0]);
  if (!Number.isInteger(major) || major >= SUPPORTED_NODE_MAJOR) return null;
  return `Node.js ${version} is older than the supported Node.js ${SUPPORTED_NODE_MAJOR} LTS: it may work, but it is not supported (Node.js 20 reached its end of life on 2026-04-30). Install Node.js ${SUPPORTED_NODE_MAJOR}.`;
}
