import { unwrap, type Api, type Schemas } from '@/api/client';

export type Claim = Schemas['ClaimView'];
export type ClaimStatus = Claim['status'];
export type ClaimDetail = Schemas['ClaimDetailView'];
export type HistoryEvent = Schemas['HistoryEventView'];
export type Notice = Schemas['NoticeView'];
export type NoticeDetail = Schemas['NoticeDetailView'];
export type Objection = Schemas['ObjectionView'];
export type StatementLine = Schemas['StatementLineView'];
export type Balance = Schemas['BalanceResponse'];
export type Program = Schemas['ProgramView'];

/** A page of the claim queue: the server pages it (limit/offset), oldest first. */
export const QUEUE_PAGE = 20;

/**
 * The calls of the reviewer's screens, through the console's client (the signed-in staff user's
 * token, the server's messages in the page's language, a 401 handed to the shell's log-in).
 */
export function reviewApi(api: Api) {
  return {
    me: () => unwrap(api.GET('/api/v1/auth/me')),
    programs: () => unwrap(api.GET('/api/v1/programs')),
    /** The queue (open claims: submitted and seconding) or the claims of one status, oldest first. */
    claims: (query: { status?: ClaimStatus; offset: number; limit?: number }) =>
      unwrap(api.GET('/api/v1/claims', { params: { query: { limit: QUEUE_PAGE, ...query } } })),
    claim: (id: string) => unwrap(api.GET('/api/v1/claims/{id}', { params: { path: { id } } })),
    approve: (id: string, note: string) =>
      unwrap(api.POST('/api/v1/claims/{id}/approve', { params: { path: { id } }, body: note ? { note } : {} })),
    reject: (id: string, reason: string) => unwrap(api.POST('/api/v1/claims/{id}/reject', { params: { path: { id } }, body: { reason } })),
    /** The household's latest entries in the program, newest first. */
    statement: (programId: number, holderId: number, limit = 10) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/statement', { params: { path: { id: programId, holderId }, query: { limit } } }),
      ),
    balance: (programId: number, holderId: number) =>
      unwrap(api.GET('/api/v1/programs/{id}/holders/{holderId}/balance', { params: { path: { id: programId, holderId } } })),
    notices: (status: Notice['status'], offset: number, limit: number) =>
      unwrap(api.GET('/api/v1/notices', { params: { query: { status, offset, limit } } })),
    notice: (id: string) => unwrap(api.GET('/api/v1/notices/{id}', { params: { path: { id } } })),
    decide: (objectionId: string, uphold: boolean, reason: string) =>
      unwrap(api.POST('/api/v1/objections/{id}/decision', { params: { path: { id: objectionId } }, body: { uphold, reason } })),
    /** A photo as a blob: the image needs the bearer header, so no plain <img src>. */
    image: (id: number, size: 'thumbnail' | 'image'): Promise<Blob> =>
      unwrap<unknown>(
        size === 'thumbnail'
          ? api.GET('/api/v1/evidence/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' })
          : api.GET('/api/v1/evidence/{id}/image', { params: { path: { id } }, parseAs: 'blob' }),
      ) as Promise<Blob>,
  };
}

export type ReviewApi = ReturnType<typeof reviewApi>;
