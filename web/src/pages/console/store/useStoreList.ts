import { computed, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Page } from '../shell/paged';
import { useLatest } from '../shell/useLatest';
import { PAGE, type storeApi } from './store-api';
import { useStore } from './useStore';

/**
 * A list of the chosen store, searched and paged by the service (goods, kiosks, settlements): the
 * search and the page live in the address, and only the answer to the latest request is shown.
 */
export function useStoreList<T>(
  fetch: (calls: ReturnType<typeof storeApi>, storeId: number, q: string, offset: number) => Promise<Page<T>>,
) {
  const route = useRoute();
  const router = useRouter();
  const { store, calls } = useStore();
  const q = ref(typeof route.query.q === 'string' ? route.query.q : '');
  const page = computed(() => Math.max(1, Number(route.query.page) || 1));
  const items = ref([]) as Ref<T[]>;
  const total = ref(0);
  const { loading, error, run } = useLatest();

  function load(): Promise<void> {
    const id = store.value?.id;
    if (!id) return Promise.resolve();
    const query = typeof route.query.q === 'string' ? route.query.q : '';
    return run(
      () => fetch(calls, id, query, (page.value - 1) * PAGE),
      (res) => {
        items.value = res.items;
        total.value = res.total;
      },
    );
  }
  watch([() => route.query.q, page, () => store.value?.id], () => void load(), { immediate: true });

  function search(): void {
    void router.replace({ query: { ...route.query, q: q.value.trim() || undefined, page: undefined } });
  }
  function goPage(n: number): void {
    void router.replace({ query: { ...route.query, page: n > 1 ? String(n) : undefined } });
  }
  return { q, page, items, total, loading, error, load, search, goPage };
}
