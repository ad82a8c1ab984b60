import { reactive } from 'vue';
import { useStaff } from '../shell/staff-context';
import { integrationApi } from './integration-api';
import type { Schemas } from '@/api/client';

type Household = Schemas['HouseholdDetailView'];

/** Households and staff users already read in this tab, by id (null: not readable here). */
const households = reactive(new Map<number, Household | null>());
const users = reactive(new Map<number, string | null>());
/** Households by card code: the household, null when no household has the card, absent while asked or when it cannot be asked. */
const cards = reactive(new Map<string, Household | null>());
const asking = new Set<string>();

/**
 * Names for the integration lists, read once each on first sight: the household an event was
 * found to be about (or its card code names, when the service found none), the staff user who set
 * a mapping or handled an event.
 */
export function useLookups() {
  const calls = integrationApi(useStaff().api);

  function ask<T>(key: string, into: Map<number, T | null>, id: number, fetch: () => Promise<T>): void {
    if (into.has(id) || asking.has(key)) return;
    asking.add(key);
    fetch()
      .then((v) => void into.set(id, v))
      .catch(() => void into.set(id, null))
      .finally(() => asking.delete(key));
  }

  /** The household, once read (undefined while asked, null when it cannot be read). */
  function household(id: number): Household | null | undefined {
    ask(`h${id}`, households, id, () => calls.household(id));
    return households.get(id);
  }

  /** The household a card code names, for an event the service found no household for (undefined while asked or unknown). */
  function byCard(cardCode: string): Household | null | undefined {
    const key = `c${cardCode}`;
    if (!cards.has(cardCode) && !asking.has(key)) {
      asking.add(key);
      calls
        .householdByCard(cardCode)
        .then((h) => void cards.set(cardCode, h))
        .catch(() => undefined)
        .finally(() => asking.delete(key));
    }
    return cards.get(cardCode);
  }

  /** A staff user's name, or `#id` until read (or when it cannot be). */
  function userName(id: number | null | undefined): string {
    if (id === null || id === undefined) return '';
    ask(`u${id}`, users, id, async () => (await calls.user(id)).displayName);
    return users.get(id) ?? `#${id}`;
  }

  return { household, byCard, userName };
}
