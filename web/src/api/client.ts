import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../../client/schema';

export type Schemas = components['schemas'];
export type ErrorCode = Schemas['ErrorDetailDto']['code'];

/** An answer of the service that is not 2xx, with its stable code (or NETWORK when none came). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Who the page speaks as: a kiosk key, a resident's or a staff member's token, or nobody. */
export type Credentials = { kind: 'api-key'; key: string } | { kind: 'bearer'; token: string } | null;

function authMiddleware(credentials: () => Credentials): Middleware {
  return {
    onRequest({ request }) {
      const c = credentials();
      if (c?.kind === 'api-key') request.headers.set('X-API-Key', c.key);
      if (c?.kind === 'bearer') request.headers.set('Authorization', `Bearer ${c.token}`);
      return request;
    },
  };
}

/** A typed client of the service's API (same origin), from the committed OpenAPI types. */
export function apiClient(credentials: () => Credentials = () => null) {
  const client = createClient<paths>({ baseUrl: '/' });
  client.use(authMiddleware(credentials));
  return client;
}

export type Api = ReturnType<typeof apiClient>;

/**
 * The data of an answer, or an ApiError: for `const x = await unwrap(api.GET(...))`.
 * A fetch that never got an answer (network down, timeout) becomes code NETWORK, status 0.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  if (result.response.ok) return result.data as T;
  const body = result.error as Partial<Schemas['ErrorResponseDto']> | undefined;
  const err = body?.error;
  throw new ApiError(
    result.response.status,
    err?.code ?? 'INTERNAL_ERROR',
    err?.message ?? result.response.statusText,
    (err?.details ?? {}) as Record<string, unknown>,
  );
}
