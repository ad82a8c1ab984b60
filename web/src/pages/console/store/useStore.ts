import { computed, ref } from 'vue';
import { useStaff } from '../shell/staff-context';
import { storeApi, type Program, type Store } from './store-api';

/** The store the user works in (with its program: timezone and point value), for whom. */
const chosen = ref<{ userId: number; store: Store; program: Program | null } | null>(null);
/** How many stores the user reaches (the first if it is the only one), for whom. */
const reach = ref<{ userId: number; total: number } | null>(null);
const reachError = ref<unknown>(null);
let reaching: { userId: number; done: Promise<void> } | null = null;

/**
 * The love supermarket of the store's screens. A store operator whose region has one store works
 * in it without choosing; township officers, county admins and operators of several stores pick
 * one (StorePicker), and it stays chosen across the screens and reloads of the browser tab.
 */
export function useStore() {
  const { me, api, token } = useStaff();
  const calls = storeApi(api, token);
  const key = () => `mb.console.store.${me.value?.id ?? 0}`;
  const mine = <T extends { userId: number }>(v: T | null): T | null => (v && v.userId === me.value?.id ? v : null);

  const store = computed<Store | null>(() => mine(chosen.value)?.store ?? null);
  const program = computed<Program | null>(() => mine(chosen.value)?.program ?? null);
  /** Stores in reach: null until known. */
  const total = computed<number | null>(() => mine(reach.value)?.total ?? null);
  /** The user's region has exactly one store: nothing to choose. */
  const single = computed(() => total.value === 1);

  async function choose(id: number | null): Promise<void> {
    const userId = me.value?.id;
    if (!id || !userId) {
      chosen.value = null;
      sessionStorage.removeItem(key());
      return;
    }
    const found = await calls.store(id);
    const prog = found.programId ? await calls.program(found.programId).catch(() => null) : null;
    chosen.value = { userId, store: found, program: prog };
    sessionStorage.setItem(key(), String(id));
  }

  /** What the user reaches, once per user: the only store is chosen at once; else the tab's last choice comes back. */
  function findReach(): Promise<void> {
    const userId = me.value?.id;
    if (!userId) return Promise.resolve();
    if (reaching?.userId === userId) return reaching.done;
    reachError.value = null;
    const done = (async () => {
      try {
        const first = await calls.stores(undefined, 1);
        reach.value = { userId, total: first.total };
        const saved = Number(sessionStorage.getItem(key()));
        if (first.total === 1) await choose(first.items[0].id);
        else if (saved && !store.value) await choose(saved).catch(() => sessionStorage.removeItem(key()));
      } catch (e) {
        reachError.value = e;
        reaching = null;
      }
    })();
    reaching = { userId, done };
    return done;
  }
  void findReach();

  /** The store's day as its program counts it (Asia/Shanghai when it has none yet). */
  const timezone = computed(() => program.value?.timezone ?? 'Asia/Shanghai');

  return { store, program, total, single, timezone, choose, error: reachError, calls };
}
