import { reactive } from 'vue';
import { useStaff } from '../shell/staff-context';
import { countyApi, type Region } from './county-api';

/** Regions already read in this tab, by id (names change rarely). */
const known = reactive(new Map<number, Region>());
const asking = new Set<number>();

/**
 * Names of regions for the county's lists (a run's region, a rule's village): read once each, on
 * first sight; the user's own region and its children come first, for the region choices.
 */
export function useRegionNames() {
  const { api, region } = useStaff();
  const calls = countyApi(api);

  function nameOf(id: number | null | undefined): string {
    if (id === null || id === undefined) return '';
    const r = known.get(id);
    if (r) return r.name;
    if (!asking.has(id)) {
      asking.add(id);
      calls
        .region(id)
        .then((found) => void known.set(id, found))
        .catch(() => undefined)
        .finally(() => asking.delete(id));
    }
    return `#${id}`;
  }

  /** The user's region and the regions right under it (a county's townships, a township's villages). */
  async function ownAndBelow(): Promise<Region[]> {
    const own = region.value;
    if (!own) return [];
    known.set(own.id, own);
    const below = (await calls.regionsUnder(own.id)).filter((r) => r.level !== 'grid');
    for (const r of below) known.set(r.id, r);
    return [own, ...below];
  }

  return { nameOf, ownAndBelow };
}
