import { unwrap, type Api, type Schemas } from '@/api/client';

export type Program = Schemas['ProgramView'];
export type Rule = Schemas['RuleDetailView'];
export type Household = Schemas['HouseholdView'];
export type HouseholdDetail = Schemas['HouseholdDetailView'];
export type CreateHousehold = Schemas['CreateHouseholdDto'];
export type UpdateHousehold = Schemas['UpdateHouseholdDto'];
export type ImportJob = Schemas['ImportView'];
export type PinView = Schemas['HouseholdPinView'];
export type CapUsage = Schemas['CapUsageView'];
export type EntryResult = Schemas['EntryResultView'];
export type EntriesResponse = Schemas['PostEntriesResponse'];
export type StatementLine = Schemas['StatementLineView'];
export type Evidence = Schemas['EvidenceViewDto'];
export type Notice = Schemas['NoticeView'];
export type Claim = Schemas['ClaimView'];
export type Region = Schemas['RegionView'];
export type HolderFilter = Schemas['HolderFilterDto'];

/**
 * The households an award or a deduction goes to: those ticked one by one, or every household that
 * matches the list's filter (village, grid, search) — counted when the clerk confirms, and entered
 * only if the service still counts as many.
 */
export type Selection =
  | { kind: 'ticked'; households: Map<number, Household> }
  | {
      kind: 'all';
      filter: HolderFilter;
      total: number;
      /** The filter in words (grid, search); '' for the whole village. */ description: string;
    };

export const noSelection = (): Selection => ({ kind: 'ticked', households: new Map() });
export const selectedCount = (s: Selection): number => (s.kind === 'ticked' ? s.households.size : s.total);

/** Who an entry names: the holders, or the filter with the count the clerk confirmed. */
export type EntryTarget = { holderIds: number[] } | { holderFilter: HolderFilter; expectedCount: number };

/** A rule as the rule picker lists it: its version in force on the day of the deed. */
export interface RuleChoice {
  rule: Rule;
  name: string;
  category: string;
  points: number;
  capPoints: number | null;
  capPer: string | null;
}

/** A page of the household list: the server searches and pages (never the whole register). */
export const HOUSEHOLD_PAGE = 20;
/** A page of the village's claims. */
export const CLAIM_PAGE = 20;

/** What an award or a deduction sends, but the holders. */
export interface EntryForm {
  ruleId: number;
  occurredOn: string;
  memberId?: number;
  memo?: string;
  evidenceIds?: number[];
  reason?: string;
}

/** The calls of the clerk's screens, through the console's typed client (as the signed-in user). */
export function clerkApi(api: Api) {
  return {
    householdPrograms: async (): Promise<Program[]> =>
      (await unwrap(api.GET('/api/v1/programs'))).filter((p) => p.holderType === 'household'),
    /** The rules in force in a region (a village's: county rules not switched off there, and its own). */
    rules: (programId: number, regionId: number) =>
      unwrap(api.GET('/api/v1/programs/{id}/rules', { params: { path: { id: programId }, query: { regionId } } })),
    region: (id: number) => unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id } } })),
    /** Children of a region (a county's townships, a township's villages, a village's grids), one page of up to 500. */
    regionsUnder: async (parentId: number): Promise<Region[]> =>
      (await unwrap(api.GET('/api/v1/regions', { params: { query: { parentId, limit: 500 } } }))).items,
    households: (query: { villageId?: number; gridId?: number; q?: string; offset: number; limit?: number }) =>
      unwrap(
        api.GET('/api/v1/households', {
          params: {
            query: {
              limit: query.limit ?? HOUSEHOLD_PAGE,
              offset: query.offset,
              ...(query.villageId ? { villageId: query.villageId } : {}),
              ...(query.gridId ? { gridId: query.gridId } : {}),
              ...(query.q?.trim() ? { q: query.q.trim() } : {}),
            },
          },
        }),
      ),
    household: (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
    createHousehold: (body: CreateHousehold) => unwrap(api.POST('/api/v1/households', { body })),
    updateHousehold: (id: number, body: UpdateHousehold) =>
      unwrap(api.PATCH('/api/v1/households/{id}', { params: { path: { id } }, body })),
    /** A new PIN for the household (any earlier one stops working): answered once, to print. */
    issuePin: (householdId: number) => unwrap(api.POST('/api/v1/resident-pins', { body: { householdId } })),
    importFile: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(api.POST('/api/v1/households/import', { body: form as never, bodySerializer: (b: unknown) => b as FormData }));
    },
    importJob: (id: number) => unwrap(api.GET('/api/v1/households/imports/{id}', { params: { path: { id } } })),
    capUsage: (programId: number, holderId: number, ruleId: number, occurredOn: string) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/caps/{ruleId}', {
          params: { path: { id: programId, holderId, ruleId }, query: { occurredOn } },
        }),
      ),
    /** Awards (kind award) or deductions to the holders, one transaction each, sent once per key. */
    post: (kind: 'award' | 'deduction', programId: number, target: EntryTarget, form: EntryForm, idempotencyKey: string) => {
      const params = { path: { id: programId }, header: { 'Idempotency-Key': idempotencyKey } };
      const common = {
        ruleId: form.ruleId,
        ...target,
        occurredOn: form.occurredOn,
        ...(form.memberId ? { memberId: form.memberId } : {}),
        ...(form.memo?.trim() ? { memo: form.memo.trim() } : {}),
        ...(form.evidenceIds?.length ? { evidenceIds: form.evidenceIds } : {}),
      };
      return kind === 'award'
        ? unwrap(api.POST('/api/v1/programs/{id}/awards', { params, body: common }))
        : unwrap(api.POST('/api/v1/programs/{id}/deductions', { params, body: { ...common, reason: (form.reason ?? '').trim() } }));
    },
    /** A photo from the camera, for the village (staff name it). */
    uploadPhoto: (file: File, villageId: number) => {
      const form = new FormData();
      form.append('file', file, file.name || 'photo.jpg');
      form.append('villageId', String(villageId));
      return unwrap(api.POST('/api/v1/evidence', { body: form as never, bodySerializer: (b: unknown) => b as FormData }));
    },
    statement: (programId: number, holderId: number, cursor?: string, limit = 20) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/holders/{holderId}/statement', {
          params: { path: { id: programId, holderId }, query: { limit, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    reverse: (transactionId: string, reason: string, idempotencyKey: string) =>
      unwrap(
        api.POST('/api/v1/transactions/{id}/reversal', {
          params: { path: { id: transactionId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { reason },
        }),
      ),
    /** A page of the village's notices of one state (one more than a page is asked for, to know whether there are more). */
    notices: (regionId: number, status: Notice['status'], offset: number, limit: number) =>
      unwrap(api.GET('/api/v1/notices', { params: { query: { regionId, status, offset, limit } } })),
    claims: (regionId: number, status: Claim['status'], offset: number) =>
      unwrap(api.GET('/api/v1/claims', { params: { query: { regionId, status, offset, limit: CLAIM_PAGE } } })),
    fileClaim: (body: Schemas['FileClaimDto']) => unwrap(api.POST('/api/v1/claims', { body })),
    object: (noticeId: string, householdId: number, reason: string) =>
      unwrap(api.POST('/api/v1/notices/{id}/objections', { params: { path: { id: noticeId } }, body: { householdId, reason } })),
    /** A photo's thumbnail as a blob (the image needs the bearer header, so no plain <img src>). */
    thumbnail: (id: number): Promise<Blob> =>
      unwrap<unknown>(api.GET('/api/v1/evidence/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' })) as Promise<Blob>,
  };
}

export type ClerkApi = ReturnType<typeof clerkApi>;

/** Points with their sign (+10, −5, 0) and today in a program's timezone, as every page writes them. */
export { signedNumber as signed, todayIn } from '@/common/format';

/** A card code as people read it: K7M2-9QXD-4TPA (the service ignores the dashes). */
export const groupedCardCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

/** A rule's current version in force on a day (its versions run oldest first). */
export function versionOn(rule: Rule, day: string): Rule['current'] | null {
  for (let i = rule.versions.length - 1; i >= 0; i--) {
    const v = rule.versions[i];
    if (v.effectiveFrom <= day && (v.effectiveTo === null || v.effectiveTo >= day)) return v;
  }
  return null;
}
