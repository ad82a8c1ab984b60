import { computed, ref } from 'vue';
import { ApiError } from '../../api/client';
import { kioskApi, type DeviceSession } from './api';

const KEY = 'mb.kiosk.apiKey';
const SESSION = 'mb.kiosk.session';

function readSession(): DeviceSession | null {
  try {
    return JSON.parse(localStorage.getItem(SESSION) ?? 'null') as DeviceSession | null;
  } catch {
    return null;
  }
}

/** The key this counter speaks with (kept on the device) and what it is bound to. */
const apiKey = ref(localStorage.getItem(KEY) ?? '');
/** The last answer of /devices/me: shown while offline, replaced when the service answers. */
const session = ref<DeviceSession | null>(apiKey.value ? readSession() : null);
/** Why the page is back at binding: 'revoked' after a 401 INVALID_API_KEY. */
const unboundReason = ref<'revoked' | null>(null);
const offline = ref(false);

const api = kioskApi(() => apiKey.value);

function forget(reason: 'revoked' | null): void {
  apiKey.value = '';
  session.value = null;
  unboundReason.value = reason;
  localStorage.removeItem(KEY);
  localStorage.removeItem(SESSION);
}

/** True (and the page sent back to binding) when the error says the key is invalid or revoked. */
function isRevoked(e: unknown): boolean {
  if (e instanceof ApiError && e.code === 'INVALID_API_KEY') {
    forget('revoked');
    return true;
  }
  return false;
}

/** Binds the counter to the key's store: checked with the service before it is kept. */
async function bind(key: string): Promise<DeviceSession> {
  const trimmed = key.trim();
  const me = await kioskApi(() => trimmed).me();
  apiKey.value = trimmed;
  session.value = me;
  unboundReason.value = null;
  localStorage.setItem(KEY, trimmed);
  localStorage.setItem(SESSION, JSON.stringify(me));
  return me;
}

/** Re-reads the binding (store renamed, key revoked); keeps the cached one while offline. */
async function refresh(): Promise<void> {
  if (!apiKey.value) return;
  try {
    const me = await api.me();
    session.value = me;
    offline.value = false;
    localStorage.setItem(SESSION, JSON.stringify(me));
  } catch (e) {
    if (isRevoked(e)) return;
    offline.value = e instanceof ApiError && e.code === 'NETWORK';
    if (!offline.value) throw e;
  }
}

export function useDevice() {
  return {
    api,
    apiKey,
    session,
    unboundReason,
    offline,
    bound: computed(() => apiKey.value !== '' && session.value !== null),
    bind,
    refresh,
    isRevoked,
    unbind: () => forget(null),
  };
}
