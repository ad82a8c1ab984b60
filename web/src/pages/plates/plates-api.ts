import { ApiError, unwrap, type Api, type Schemas } from '../../api/client';
import { pageClient } from '../../common/api';

export type RegionView = Schemas['RegionView'];
export type HouseholdView = Schemas['HouseholdView'];

/** One door plate: what is printed on a household's door. */
export interface Plate {
  householdId: number;
  householdNo: string;
  cardCode: string;
  villageName: string;
  /** The door page the QR code opens. */
  url: string;
}

/** Households of a village, every page of them (the list answers at most 500 at a time). */
async function householdsOf(api: Api, villageId: number): Promise<HouseholdView[]> {
  const all: HouseholdView[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await unwrap(api.GET('/api/v1/households', { params: { query: { villageId, limit, offset } } }));
    all.push(...page.items);
    if (page.items.length < limit || all.length >= page.total) return all;
  }
}

async function villagesUnder(api: Api, parentId: number): Promise<RegionView[]> {
  const all: RegionView[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await unwrap(api.GET('/api/v1/regions', { params: { query: { parentId, limit, offset } } }));
    all.push(...page.items);
    if (page.items.length < limit || all.length >= page.total) break;
  }
  return all.filter((r) => r.level === 'village');
}

/** Household numbers in the order a clerk counts them: 2 before 10, 一组 before 二组 as text. */
const byHouseholdNo = new Intl.Collator('zh-CN', { numeric: true }).compare;

/**
 * The plates of a village (or of every village of a township), household by household in number
 * order. A county is refused: its plates are printed village by village.
 */
export async function loadPlates(
  token: string,
  regionId: number,
  origin: string,
): Promise<{ region: RegionView; villages: { village: RegionView; plates: Plate[] }[] }> {
  const api = pageClient(() => ({ kind: 'bearer', token }));
  const region = await unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id: regionId } } }));
  let villages: RegionView[];
  if (region.level === 'village') villages = [region];
  else if (region.level === 'township') villages = await villagesUnder(api, region.id);
  else throw new ApiError(422, 'NOT_A_VILLAGE', 'plates are printed for a village or a township');
  const result = [];
  for (const village of villages) {
    const households = (await householdsOf(api, village.id)).sort((a, b) => byHouseholdNo(a.householdNo, b.householdNo));
    result.push({
      village,
      plates: households.map((h) => ({
        householdId: h.id,
        householdNo: h.householdNo,
        cardCode: h.cardCode,
        villageName: village.name,
        url: `${origin}/h/${h.cardCode}`,
      })),
    });
  }
  return { region, villages: result };
}

/** A card code as people read it: K7M2-9QXD-4TPA (the service ignores the dashes). */
export function groupedCardCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
