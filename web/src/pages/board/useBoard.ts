import { onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { fetchAnnouncements, fetchBoard, fetchNotices, type PublicAnnouncement, type PublicBoard, type PublicNotice } from './board-api';

/**
 * The board's data: published rankings of a period, the entries under notice and the announcements
 * (村务公开) shown today, loaded together, with the time they were loaded. A failed refresh keeps
 * what was shown (a TV in the village hall should not go blank because the network blinked) and
 * says so.
 */
export function useBoard(regionId: Ref<number>, period: Ref<string | undefined>) {
  const board = ref<PublicBoard | null>(null);
  const notices = ref<PublicNotice[]>([]);
  const announcements = ref<PublicAnnouncement[]>([]);
  /** The latest published period (what the board shows when no period is asked for). */
  const latestPeriod = ref<string | null>(null);
  const loadedAt = ref<Date | null>(null);
  const error = ref<unknown>(null);
  const loading = ref(false);
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const wanted = period.value;
      const [b, n, latest, a] = await Promise.all([
        fetchBoard(regionId.value, wanted),
        fetchNotices(regionId.value),
        wanted && latestPeriod.value === null ? fetchBoard(regionId.value).then((x) => x.period) : Promise.resolve(null),
        // Announcements that fail to load keep what was shown: the board itself still answers.
        fetchAnnouncements(regionId.value).catch(() => null),
      ]);
      if (mine !== generation) return;
      board.value = b;
      notices.value = n;
      if (a !== null) announcements.value = a;
      if (!wanted) latestPeriod.value = b.period;
      else if (latest !== null) latestPeriod.value = latest;
      loadedAt.value = new Date();
      error.value = null;
    } catch (e) {
      if (mine === generation) error.value = e;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Only the notices (after an objection changed one). */
  async function reloadNotices(): Promise<void> {
    notices.value = await fetchNotices(regionId.value);
  }

  watch([regionId, period], () => void load(), { immediate: true });

  let timer: ReturnType<typeof setInterval> | undefined;
  /** Reloads every `ms` (the screen mode), or stops with null. */
  function refreshEvery(ms: number | null): void {
    if (timer) clearInterval(timer);
    timer = ms ? setInterval(() => void load(), ms) : undefined;
  }
  onBeforeUnmount(() => refreshEvery(null));

  return { board, notices, announcements, latestPeriod, loadedAt, error, loading, load, reloadNotices, refreshEvery };
}
