import { ApiError, unwrap } from '@/api/client';
import { pageClient } from '@/common/api';
import type { Announcement, MessagesPage, Statement, StatementProofs } from './types';

/** What anyone may read, without logging in. */
export const publicApi = {
  household: (cardCode: string) => unwrap(pageClient().GET('/api/v1/public/households/{cardCode}', { params: { path: { cardCode } } })),
  villageNotices: (villageId: number) =>
    unwrap(pageClient().GET('/api/v1/public/notices/{regionId}', { params: { path: { regionId: villageId } } })),
  /** The announcements (村务公开) shown today in the village: its own and those of the township and county above it. */
  announcements: (villageId: number): Promise<Announcement[]> =>
    unwrap(pageClient().GET('/api/v1/public/announcements/{regionId}', { params: { path: { regionId: villageId } } })),
  login: (cardCode: string, pin: string) => unwrap(pageClient().POST('/api/v1/auth/resident-login', { body: { cardCode, pin } })),
};

/** What a logged-in resident may read and do for its household; a 401 (expired, PIN reset) calls onExpired. */
export function residentApi(token: () => string, onExpired: () => void = () => undefined) {
  const api = pageClient(() => ({ kind: 'bearer', token: token() }));
  const read = <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> =>
    unwrap(call).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) onExpired();
      throw e;
    });
  return {
    statement: (programId: number, holderId: number, cursor?: string, limit = 20): Promise<Statement> =>
      read(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/statement', {
          params: { path: { id: programId, holderId }, query: { limit, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    /** Each line's leaf and audit path in the county's latest signed head, for the page to check (at most 100 ids a call). */
    statementProofs: (programId: number, holderId: number, transactionIds: string[]): Promise<StatementProofs> =>
      read(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/statement/proofs', {
          params: { path: { id: programId, holderId }, query: { transactionIds: transactionIds.join(',') } },
        }),
      ),
    /** The household's messages (its inbox), newest first, a page at a time: `before` is the `nextBefore` of the page before. */
    messages: (householdId: number, before?: string, limit = 10): Promise<MessagesPage> =>
      read(
        api.GET('/api/v1/household-messages/{householdId}', {
          params: { path: { householdId }, query: { limit, ...(before ? { before } : {}) } },
        }),
      ),
    program: (id: number) => read(api.GET('/api/v1/programs/{id}', { params: { path: { id } } })),
    rules: (programId: number, regionId: number) =>
      read(api.GET('/api/v1/programs/{id}/rules', { params: { path: { id: programId }, query: { regionId } } })),
    claims: (offset = 0, limit = 20) => read(api.GET('/api/v1/claims', { params: { query: { offset, limit } } })),
    /** What is left of a rule's cap for the household in the period of a day (before filing a claim). */
    capUsage: (programId: number, householdId: number, ruleId: number, occurredOn: string) =>
      read(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/caps/{ruleId}', {
          params: { path: { id: programId, holderId: householdId, ruleId }, query: { occurredOn } },
        }),
      ),
    fileClaim: (body: { programId: number; ruleId: number; occurredOn: string; memo?: string; evidenceIds: number[] }) =>
      read(api.POST('/api/v1/claims', { body })),
    upload: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name || 'photo.jpg');
      return read(api.POST('/api/v1/evidence', { body: form as never, bodySerializer: (b: unknown) => b as FormData }));
    },
    object: (noticeId: string, reason: string) =>
      read(api.POST('/api/v1/notices/{id}/objections', { params: { path: { id: noticeId } }, body: { reason } })),
    /** A photo (thumbnail or full size) as a blob: the image needs the bearer header, so no plain <img src>. */
    image: (id: number, size: 'thumbnail' | 'image'): Promise<Blob> =>
      read<unknown>(
        size === 'thumbnail'
          ? api.GET('/api/v1/evidence/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' })
          : api.GET('/api/v1/evidence/{id}/image', { params: { path: { id } }, parseAs: 'blob' }),
      ) as Promise<Blob>,
  };
}

export type ResidentApi = ReturnType<typeof residentApi>;
