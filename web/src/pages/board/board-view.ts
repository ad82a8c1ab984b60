import type { BoardRanking, PublicAnnouncement, PublicBoard, PublicEntry, PublicNotice, VillageHonours } from './board-api';

/** Who a notice is about: the masked head of household, or a village or staff member. */
export function noticeHolder(n: PublicNotice): string {
  return n.holderName ?? '—';
}

/** One village's honours in one program's ranking, with the village's name. */
export interface HonourItem {
  ranking: BoardRanking;
  honours: VillageHonours;
  villageName: string;
}

/** The honours of a board, village by village; `unnamed(id)` names a village the service could not. */
export function honourItems(board: PublicBoard, unnamed: (id: number) => string): HonourItem[] {
  const items: HonourItem[] = [];
  for (const ranking of board.rankings) {
    for (const honours of ranking.honours) {
      const villageName = honours.villageName || unnamed(honours.villageId);
      items.push({ ranking, honours, villageName });
    }
  }
  return items;
}

export type Section = 'announcements' | 'notices' | 'rankings' | 'honours';
/** The screen's sections in their turn; 村务公开 only while there are announcements. */
export const SECTIONS: readonly Section[] = ['announcements', 'notices', 'rankings', 'honours'];

/** One page of the screen mode: what a TV shows for `interval` seconds (an announcement, twice that). */
export type Slide =
  | { section: 'announcements'; announcement: PublicAnnouncement; page: number; pages: number }
  | { section: 'notices'; notices: PublicNotice[]; page: number; pages: number; total: number }
  | { section: 'rankings'; ranking: BoardRanking | null; entries: PublicEntry[]; page: number; pages: number }
  | { section: 'honours'; item: HonourItem | null; list: HonourListKind; entries: PublicEntry[]; page: number; pages: number };

/** The lists of a village's honours page: the honour list, the households with deductions, the red and black lists (红黑榜). */
export type HonourListKind = 'honourList' | 'deductions' | 'redList' | 'blackList';

/** How many rows fit one page of the 1920×1080 screen, per section. */
export const PER_PAGE = { notices: 6, rankings: 16, honours: 10 } as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The pages the screen cycles through: each announcement (村务公开) shown today, one a page, then
 * notices, then each ranking, then each village's honours (and its deductions, red list and black
 * list where the program shows them), long lists cut into pages rather than scrolled. A section
 * with nothing to show still gets one page, saying so (announcements excepted: none, no page).
 */
export function buildSlides(
  board: PublicBoard | null,
  notices: PublicNotice[],
  unnamed: (id: number) => string,
  announcements: readonly PublicAnnouncement[] = [],
): Slide[] {
  const slides: Slide[] = [];
  announcements.forEach((announcement, i) =>
    slides.push({ section: 'announcements', announcement, page: i + 1, pages: announcements.length }),
  );
  const noticePages = chunks(notices, PER_PAGE.notices);
  noticePages.forEach((page, i) =>
    slides.push({ section: 'notices', notices: page, page: i + 1, pages: noticePages.length, total: notices.length }),
  );

  const rankings = board?.rankings ?? [];
  if (rankings.length === 0) slides.push({ section: 'rankings', ranking: null, entries: [], page: 1, pages: 1 });
  for (const ranking of rankings) {
    const pages = chunks(ranking.entries, PER_PAGE.rankings);
    pages.forEach((entries, i) => slides.push({ section: 'rankings', ranking, entries, page: i + 1, pages: pages.length }));
  }

  const items = board ? honourItems(board, unnamed) : [];
  if (items.length === 0) slides.push({ section: 'honours', item: null, list: 'honourList', entries: [], page: 1, pages: 1 });
  for (const item of items) {
    const pages = chunks(item.honours.honourList, PER_PAGE.honours);
    pages.forEach((entries, i) => slides.push({ section: 'honours', item, list: 'honourList', entries, page: i + 1, pages: pages.length }));
    for (const list of ['deductions', 'redList', 'blackList'] as const) {
      const entries = item.honours[list] ?? [];
      if (entries.length === 0) continue;
      const listPages = chunks(entries, PER_PAGE.honours);
      listPages.forEach((page, i) => slides.push({ section: 'honours', item, list, entries: page, page: i + 1, pages: listPages.length }));
    }
  }
  return slides;
}
