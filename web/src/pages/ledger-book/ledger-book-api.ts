import { ApiError, unwrap, type Schemas } from '../../api/client';
import { pageClient } from '../../common/api';

export type LedgerBook = Schemas['LedgerBookView'];

/**
 * A household's 台账 of a year. Without a program named, the county's first household program
 * (the one a village usually has).
 */
export async function loadLedgerBook(token: string, holderId: number, programId: number | null, year: string | null): Promise<LedgerBook> {
  const api = pageClient(() => ({ kind: 'bearer', token }));
  let program = programId;
  if (program === null) {
    const programs = await unwrap(api.GET('/api/v1/programs'));
    program = programs.find((p) => p.holderType === 'household')?.id ?? null;
    if (program === null) throw new ApiError(422, 'NOT_A_HOUSEHOLD_PROGRAM', 'no household program');
  }
  // Without `format` the answer is the JSON view (the document also lists the CSV and workbook downloads).
  return (await unwrap(
    api.GET('/api/v1/reports/ledger-book', { params: { query: { programId: program, holderId, ...(year ? { year } : {}) } } }),
  )) as LedgerBook;
}

/** The workbook of the same 台账 (one A4 page in Excel or WPS). */
export function workbookUrl(book: LedgerBook): string {
  return `/api/v1/reports/ledger-book?programId=${book.programId}&holderId=${book.household.id}&year=${book.year}&format=xlsx`;
}
