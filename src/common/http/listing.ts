import type { Response } from 'express';

/**
 * Lists that page for the staff screens (a store's goods, receipts, settlements and kiosks; ranking
 * runs) answer a page as a JSON array, as they always have, and say how many match the filters in
 * all in this header, for a pager.
 */
export const TOTAL_HEADER = 'X-Total-Count';

/** OpenAPI of the header, for `@ApiOkResponse({ headers })`. */
export const TOTAL_HEADER_DOC = {
  [TOTAL_HEADER]: { description: 'How many match the filters in all (the array is one page of them)', schema: { type: 'integer' } },
};

/** Sets the total of a list on its answer and hands back the page. */
export function withTotal<T>(res: Response, page: { items: T[]; total: number }): T[] {
  res.setHeader(TOTAL_HEADER, String(page.total));
  return page.items;
}

/** A LIKE pattern matching `q` anywhere, its own %, _ and \ taken literally. */
export const containing = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters every store list takes: what to search for and which page. */
export interface ListPage {
  q?: string;
  /** Page size; every row when left out (the lists' behaviour before paging). */
  limit?: number;
  offset: number;
}
