import { ref, watch, type Ref } from 'vue';
import type { ResidentLogin } from './types';

/** Card codes as the service compares them: case, spaces and dashes do not matter. */
export const normalizeCard = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

export interface Session {
  token: string;
  household: ResidentLogin['household'];
}

const key = (cardCode: string) => `mb.door.${normalizeCard(cardCode)}`;

function load(cardCode: string): Session | null {
  try {
    const raw = sessionStorage.getItem(key(cardCode));
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/**
 * The resident's log-in for the card of the page, kept in sessionStorage (gone when the browser
 * tab closes), one per card.
 */
export function useSession(cardCode: Ref<string>) {
  const session = ref<Session | null>(load(cardCode.value));
  watch(cardCode, (code) => (session.value = load(code)));

  function save(login: ResidentLogin): void {
    const s: Session = { token: login.accessToken, household: login.household };
    sessionStorage.setItem(key(login.household.cardCode), JSON.stringify(s));
    if (normalizeCard(login.household.cardCode) === normalizeCard(cardCode.value)) session.value = s;
  }

  function clear(): void {
    sessionStorage.removeItem(key(cardCode.value));
    session.value = null;
  }

  return { session, save, clear };
}
