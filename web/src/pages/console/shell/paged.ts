import { unwrap } from '@/api/client';

/** A page of a list and how many match in all (the X-Total-Count of the answer). */
export interface Page<T> {
  items: T[];
  total: number;
}

/** The data of a list's answer with the total its X-Total-Count header gives (the page's length when there is none). */
export async function paged<T>(call: Promise<{ data?: T[]; error?: unknown; response: Response }>): Promise<Page<T>> {
  let total: number | null = null;
  const items = await unwrap(
    call.then((r) => {
      const header = r.response.headers.get('X-Total-Count');
      total = header === null ? null : Number(header);
      return r;
    }),
  );
  return { items, total: total ?? items.length };
}
