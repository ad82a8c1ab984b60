/** The request id pino-http put on the request (a string), or '' outside a request. */
export function requestIdOf(req: object): string {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}
