import { inject, type InjectionKey, type Ref } from 'vue';
import { ApiError, apiClient, type Api, type Schemas } from '@/api/client';
import { acceptLanguage } from '@/common/api';

export type Me = Schemas['MeView'];
export type Region = Schemas['RegionView'];

/**
 * A typed client of the service as the signed-in staff user: the console's token read at each call,
 * the server's messages in the page's language (Accept-Language), and a 401 (token expired or the
 * user deactivated) handed to the shell, which asks for the log-in again.
 */
export function staffApi(token: () => string | null, onUnauthorized: () => void): Api {
  const api = apiClient(() => {
    const t = token();
    return t ? { kind: 'bearer', token: t } : null;
  });
  api.use({
    onRequest({ request }) {
      request.headers.set('Accept-Language', acceptLanguage());
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onUnauthorized();
      return response;
    },
  });
  return api;
}

/** What the shell gives every screen of the console. */
export interface StaffContext {
  /** The signed-in user (GET /auth/me): role and region. */
  me: Ref<Me | null>;
  /** The user's own region (name and level), for the header and the screens' defaults. */
  region: Ref<Region | null>;
  /** The typed client, as the signed-in user. */
  api: Api;
  /** The raw token, for downloads and images fetched by hand. */
  token: () => string | null;
}

export const STAFF: InjectionKey<StaffContext> = Symbol('staff');

/** The shell's context, in a screen of the console. */
export function useStaff(): StaffContext {
  const ctx = inject(STAFF);
  if (!ctx) throw new Error('useStaff() outside the staff console');
  return ctx;
}

/** An error as the screens show it: the server's message and its code (NETWORK when no answer came). */
export interface ShownError {
  code: string;
  message: string;
  /** Fields the server named as invalid (VALIDATION_FAILED), if any. */
  fields: string[];
}

export function shownError(e: unknown, networkMessage: string): ShownError {
  if (e instanceof ApiError) {
    const raw = (e.details as { fields?: unknown }).fields;
    const fieldName = (f: unknown): string => {
      if (typeof f === 'string') return f;
      const name = (f as { field?: unknown } | null)?.field;
      return typeof name === 'string' ? name : JSON.stringify(f);
    };
    const fields = Array.isArray(raw) ? raw.map(fieldName) : raw && typeof raw === 'object' ? Object.keys(raw) : [];
    return { code: e.code, message: e.code === 'NETWORK' ? networkMessage : e.message, fields };
  }
  return { code: 'ERROR', message: e instanceof Error ? e.message : String(e), fields: [] };
}

/** A fresh Idempotency-Key: a UUID (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
