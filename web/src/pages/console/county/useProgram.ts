import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useStaff } from '../shell/staff-context';
import { countyApi, type Program } from './county-api';

/** The county's programs, read once per tab (they change rarely; a settings save refreshes them). */
const programs = ref<Program[]>([]);
let loading: Promise<void> | null = null;
const loadError = ref<unknown>(null);

/**
 * The program a county screen works on: `?programId=` in the address (so links and reloads keep
 * it), else the one chosen last in this tab, else the first that fits `accept`. The list is the
 * county's programs as the server gives them.
 */
export function useProgram(accept: (p: Program) => boolean = () => true) {
  const { api, me } = useStaff();
  const calls = countyApi(api);
  const route = useRoute();
  const router = useRouter();
  const key = () => `mb.console.program.${me.value?.id ?? 0}`;

  async function load(force = false): Promise<void> {
    if (!force && (programs.value.length || loading)) return loading ?? undefined;
    loadError.value = null;
    loading = calls
      .programs()
      .then((list) => void (programs.value = list))
      .catch((e: unknown) => void (loadError.value = e))
      .finally(() => (loading = null));
    return loading;
  }
  void load();

  const choices = computed(() => programs.value.filter(accept));
  const asked = computed(() =>
    typeof route.query.programId === 'string' && /^\d+$/.test(route.query.programId) ? Number(route.query.programId) : null,
  );
  const program = computed<Program | null>(() => {
    const list = choices.value;
    const wanted = asked.value ?? Number(sessionStorage.getItem(key()));
    return list.find((p) => p.id === wanted) ?? list[0] ?? null;
  });
  // Keep the address saying which program is shown.
  watch(
    program,
    (p) => {
      if (p && asked.value !== p.id) void router.replace({ query: { ...route.query, programId: String(p.id) } });
      if (p) sessionStorage.setItem(key(), String(p.id));
    },
    { immediate: true },
  );

  function choose(id: number): void {
    sessionStorage.setItem(key(), String(id));
    void router.replace({ query: { programId: String(id) } });
  }

  /** A program changed by a screen (its settings saved): the list shows it at once. */
  function replace(changed: Program): void {
    programs.value = programs.value.map((p) => (p.id === changed.id ? changed : p));
  }

  return { programs, choices, program, choose, replace, reload: () => load(true), loadError };
}
