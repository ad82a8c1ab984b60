import { computed, ref, watch, type Ref } from 'vue';
import { publicApi, type ResidentApi } from './api';
import type { Message } from './types';

/** Messages a page: ten, so the first 加载更多 is within reach of a thumb. */
export const INBOX_PAGE = 10;

/** Message ids are bigints written as strings: newer is larger. */
const newer = (a: string, b: string | null): boolean => b === null || BigInt(a) > BigInt(b);

/**
 * The household's inbox (消息): its messages, newest first, a page at a time; which of them came
 * since the household last looked (kept on the phone, per household) for the tab's badge and the
 * 新 marks; read again in the other language when the page's language changes (the service writes
 * the text in the language asked for). With the first page, the village's entries under notice
 * now: a message about one of them can lead to it (an ended one is no longer in the 公示 tab).
 */
export function useInbox(api: ResidentApi, household: { id: number; villageId: number }, locale: Ref<string>) {
  const householdId = household.id;
  const items = ref<Message[]>([]);
  const liveNotices = ref(new Set<string>());
  const nextBefore = ref<string | null>(null);
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<unknown>(null);

  const seenKey = `mb.door.messagesSeen.${householdId}`;
  const stored = (): string | null => {
    try {
      return localStorage.getItem(seenKey);
    } catch {
      return null;
    }
  };
  /** The newest message the household has seen on this phone. */
  const seen = ref<string | null>(stored());
  /** What had been seen when the inbox was opened: the messages after it are marked 新 while it stays open. */
  const seenWhenOpened = ref<string | null>(null);
  const open = ref(false);

  let generation = 0;
  async function page(before: string | null): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const [got, live] = await Promise.all([
        api.messages(householdId, before ?? undefined, INBOX_PAGE),
        // Without the list, no way to an entry under notice: the message says what it needs to.
        before ? null : publicApi.villageNotices(household.villageId).catch(() => null),
      ]);
      if (mine !== generation) return;
      if (live) liveNotices.value = new Set(live.map((n) => n.id));
      items.value = before ? [...items.value, ...got.items] : got.items;
      // A full last page has a cursor too: an empty page after it ends the list.
      nextBefore.value = got.items.length === 0 ? null : got.nextBefore;
      loaded.value = true;
      if (open.value) markSeen();
    } catch (e) {
      if (mine === generation) error.value = e;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  const reload = () => page(null);
  const more = () => (nextBefore.value ? page(nextBefore.value) : Promise.resolve());

  function markSeen(): void {
    const newest = items.value[0]?.id;
    if (!newest || !newer(newest, seen.value)) return;
    seen.value = newest;
    try {
      localStorage.setItem(seenKey, newest);
    } catch {
      // A phone that keeps nothing shows every message as new: no harm.
    }
  }

  /** The inbox is on the screen (true) or left (false). */
  function setOpen(value: boolean): void {
    if (value && !open.value) seenWhenOpened.value = seen.value;
    open.value = value;
    if (value) markSeen();
  }

  /** Messages not seen before, for the tab's badge: `10+` when every message of the first page is new and more follow. */
  const unseen = computed((): string | null => {
    if (open.value) return null;
    const n = items.value.filter((m) => newer(m.id, seen.value)).length;
    return n === 0 ? null : n === items.value.length && nextBefore.value ? `${n}+` : String(n);
  });
  const isNew = (m: Message): boolean => open.value && newer(m.id, seenWhenOpened.value);

  watch(locale, () => void reload());

  return { items, liveNotices, nextBefore, loading, loaded, error, reload, more, unseen, isNew, setOpen };
}

export type Inbox = ReturnType<typeof useInbox>;
