import { computed, ref } from 'vue';
import { useStaff, type Region } from '../shell/staff-context';
import { clerkApi } from './clerk-api';

/** The village a township officer or county admin chose, for whom (kept for the browser tab). */
const chosen = ref<{ userId: number; village: Region } | null>(null);
let restoring: number | null = null;

/**
 * The village of the clerk's screens: a village clerk's own; a township officer or county admin
 * picks one of theirs (VillagePicker), and it stays chosen across the screens and reloads of the tab.
 */
export function useVillage() {
  const { me, region, api } = useStaff();
  const calls = clerkApi(api);
  const key = () => `mb.console.village.${me.value?.id ?? 0}`;
  /** The user works in one village: no choice to make. */
  const fixed = computed(() => region.value?.level === 'village');
  const village = computed<Region | null>(() => {
    if (fixed.value) return region.value;
    return chosen.value && chosen.value.userId === me.value?.id ? chosen.value.village : null;
  });

  async function choose(id: number | null): Promise<void> {
    const userId = me.value?.id;
    if (!id || !userId) {
      chosen.value = null;
      sessionStorage.removeItem(key());
      return;
    }
    const found = await calls.region(id);
    chosen.value = { userId, village: found };
    sessionStorage.setItem(key(), String(id));
  }

  // The last choice of this tab, read again (the server says whether it is still the user's).
  const saved = Number(sessionStorage.getItem(key()));
  if (!fixed.value && !village.value && saved && restoring !== saved) {
    restoring = saved;
    choose(saved)
      .catch(() => sessionStorage.removeItem(key()))
      .finally(() => (restoring = null));
  }
  return { village, fixed, choose };
}
