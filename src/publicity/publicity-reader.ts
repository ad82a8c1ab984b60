import type { Objection, NoticeStatus } from './notice.entity.js';
import type { NoticeRow } from './notices.repository.js';
import type { ProcedureEventView } from './procedure-events.js';

export interface NoticeFilter {
  id?: string;
  /** Notices of villages under this region path. */
  path?: string;
  statuses?: NoticeStatus[];
  programId?: number;
  holderId?: number;
  claimId?: string;
  /** Rows skipped (paging, with the limit). */
  offset?: number;
}

/**
 * Notices, objections and the procedure's history as the board, residents and staff see them,
 * with the names other modules hold (program, rule, household, member, staff user) and the
 * transaction a notice posted. A read across modules: its SQL lives in the read side
 * (views/publicity), which provides this port.
 */
export abstract class PublicityReader {
  /** Notices with names, by id or under a region (its subtree), nearest deadline first. */
  abstract notices(filter: NoticeFilter, limit?: number): Promise<NoticeRow[]>;
  /** The objections to a notice with the objecting household's number and head. */
  abstract objections(noticeId: string): Promise<(Objection & { householdNo: string; headName: string })[]>;
  /** A claim's or notice's history, oldest first, with the name of each staff user (a resident shows as its household's card code). */
  abstract history(subjectType: 'claim' | 'notice', subjectId: string): Promise<ProcedureEventView[]>;
}
