import { ref } from 'vue';

/**
 * Loading state for a screen whose list follows its filters: every search, page or filter change
 * asks the server again, and only the latest answer is shown. A slow earlier answer (the whole
 * village, say, arriving after the search for one household) is dropped, as is its error.
 */
export function useLatest() {
  const loading = ref(false);
  const error = ref<unknown>(null);
  let generation = 0;

  async function run<T>(fetch: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const value = await fetch();
      if (mine === generation) apply(value);
    } catch (e) {
      if (mine === generation) error.value = e;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  return { loading, error, run };
}
