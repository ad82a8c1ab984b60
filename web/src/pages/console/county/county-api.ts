import { ApiError, unwrap, type Api, type Schemas } from '@/api/client';
import { acceptLanguage } from '@/common/api';
import { paged } from '../shell/paged';

/** Runs listed a page at a time. */
export const RUN_PAGE = 20;

/**
 * The county and township office's calls: programs and their settings, the rule catalogue and its
 * adoption records, periods, ranking runs and allocation plans (with their preview), through the
 * console's typed client (as the signed-in user).
 */

/** A meeting that adopts a rule version: 村民大会 (assembly) or 村民代表会议 (representatives). */
export type Meeting = Schemas['AdoptionView']['meeting'];
export const MEETINGS: Meeting[] = ['representatives', 'assembly'];

/** The record that a rule version was adopted by a villagers' meeting (村民自治: 积分标准经表决). */
export type Adoption = Schemas['AdoptionView'];

/** What the adoption form sends (multipart, the minutes as `file`). */
export interface AdoptionInput {
  meeting: Meeting;
  meetingOn: string;
  attended: number;
  entitled: number;
  resolutionNo: string;
  file: File;
}

export type Program = Schemas['ProgramView'];
/** A PATCH of a program's settings: any of them (the generated type lists those with defaults as required). */
export type ProgramChanges = Partial<Schemas['UpdateProgramDto']>;
export type Level = Schemas['LevelDto'];
export type RuleVersion = Schemas['RuleVersionView'];
export type Rule = Schemas['RuleDetailView'];
export type NewRule = Schemas['CreateRuleDto'];
export type RuleChanges = Schemas['UpdateRuleDto'];
export type Sanction = Schemas['SanctionDto'];
export type Closure = Schemas['PeriodClosureView'];
export type Run = Schemas['RunView'];
export type NewRun = Schemas['CreateRunDto'];
export type Entry = Schemas['EntryView'];
export type Plan = Schemas['PlanView'];
export type PlanInput = Schemas['CreatePlanDto'];
export type Tier = Schemas['TierDto'];
export type Region = Schemas['RegionView'];
/** A plan as the preview computes it: what would be saved, without id, author and time. */
export type PlanDraft = Schemas['PlanPreviewView'];

/** Entries of a run shown per page (the server pages; a county's household run can hold a million). */
export const ENTRY_PAGE = 20;
/** The most entries fetched for the score chart; a bigger run is sampled evenly over its order. */
export const CHART_ENTRIES = 5000;

/** The calls of the county's screens. */
export function countyApi(api: Api) {
  const rule = (programId: number, ruleId: number) => ({ path: { id: programId, ruleId } });
  const version = (programId: number, ruleId: number, v: number) => ({ path: { id: programId, ruleId, version: v } });

  return {
    programs: () => unwrap(api.GET('/api/v1/programs')),
    program: (id: number) => unwrap(api.GET('/api/v1/programs/{id}', { params: { path: { id } } })),
    updateProgram: (id: number, body: ProgramChanges) =>
      unwrap(api.PATCH('/api/v1/programs/{id}', { params: { path: { id } }, body: body as Schemas['UpdateProgramDto'] })),

    rules: (programId: number) => unwrap(api.GET('/api/v1/programs/{id}/rules', { params: { path: { id: programId } } })),
    rule: (programId: number, ruleId: number) =>
      unwrap(api.GET('/api/v1/programs/{id}/rules/{ruleId}', { params: rule(programId, ruleId) })),
    createRule: (programId: number, body: NewRule) =>
      unwrap(api.POST('/api/v1/programs/{id}/rules', { params: { path: { id: programId } }, body })),
    newVersion: (programId: number, ruleId: number, body: RuleChanges) =>
      unwrap(api.PUT('/api/v1/programs/{id}/rules/{ruleId}', { params: rule(programId, ruleId), body })),
    /** Records a version's adoption, with the meeting's minutes as a file. */
    adopt: (programId: number, ruleId: number, v: number, input: AdoptionInput) => {
      const form = new FormData();
      form.append('meeting', input.meeting);
      form.append('meetingOn', input.meetingOn);
      form.append('attended', String(input.attended));
      form.append('entitled', String(input.entitled));
      form.append('resolutionNo', input.resolutionNo);
      form.append('file', input.file, input.file.name);
      return unwrap(
        api.POST('/api/v1/programs/{id}/rules/{ruleId}/versions/{version}/adoption', {
          params: version(programId, ruleId, v),
          body: form as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    /** The minutes of a version's adoption, as a blob (they need the bearer header). */
    minutes: (programId: number, ruleId: number, v: number): Promise<Blob> =>
      unwrap<unknown>(
        api.GET('/api/v1/programs/{id}/rules/{ruleId}/versions/{version}/adoption/minutes', {
          params: version(programId, ruleId, v),
          parseAs: 'blob',
        }),
      ) as Promise<Blob>,

    closures: (programId: number) => unwrap(api.GET('/api/v1/programs/{id}/periods', { params: { path: { id: programId } } })),
    closePeriod: (programId: number, period: string) =>
      unwrap(api.POST('/api/v1/programs/{id}/periods/{period}/close', { params: { path: { id: programId, period } } })),

    region: (id: number) => unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id } } })),
    /** A staff user of the caller's area (who closed a period). */
    user: (id: number) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
    /** Children of a region (a county's townships, a township's villages), up to 500. */
    regionsUnder: async (parentId: number): Promise<Region[]> =>
      (await unwrap(api.GET('/api/v1/regions', { params: { query: { parentId, limit: 500 } } }))).items,

    runs: (query: { programId?: number; regionId?: number; period?: string; limit?: number }) =>
      unwrap(api.GET('/api/v1/rankings/runs', { params: { query: { limit: query.limit ?? 100, ...defined(query) } } })),
    /** A page of the runs, newest first, with how many match. */
    runsPage: (query: { programId: number; regionId?: number; period?: string }, offset: number) =>
      paged(api.GET('/api/v1/rankings/runs', { params: { query: { limit: RUN_PAGE, offset, ...defined(query) } } })),
    run: (id: string) => unwrap(api.GET('/api/v1/rankings/runs/{id}', { params: { path: { id } } })),
    startRun: (body: NewRun) => unwrap(api.POST('/api/v1/rankings/runs', { body })),
    entries: (id: string, limit: number, offset: number) =>
      unwrap(api.GET('/api/v1/rankings/runs/{id}/entries', { params: { path: { id }, query: { limit, offset } } })),
    publish: (id: string) => unwrap(api.POST('/api/v1/rankings/runs/{id}/publish', { params: { path: { id } } })),

    /** What a plan would be, saved nowhere. */
    preview: (body: PlanInput) => unwrap(api.POST('/api/v1/allocation-plans/preview', { body })),
    savePlan: (body: PlanInput) => unwrap(api.POST('/api/v1/allocation-plans', { body })),
    plan: (id: string) => unwrap(api.GET('/api/v1/allocation-plans/{id}', { params: { path: { id } } })),
    /** The plans made over a run, newest first. */
    plansOf: (runId: string) => unwrap(api.GET('/api/v1/allocation-plans', { params: { query: { runId } } })),
  };
}

export type CountyApi = ReturnType<typeof countyApi>;

/** The keys of an object whose values are set (a query without its empty filters). */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}

/**
 * The scores of a run for its chart: every entry when there are at most CHART_ENTRIES, else pages
 * spread evenly over the run's order (it is sorted by score), each standing for its share of the
 * run. Returns the scores and the weight of each (1 when complete).
 */
export async function scoresForChart(calls: CountyApi, run: Run): Promise<{ scores: number[]; weight: number; sampled: boolean }> {
  const total = run.entryCount;
  if (total <= CHART_ENTRIES) {
    const scores: number[] = [];
    for (let offset = 0; offset < total; offset += 1000) scores.push(...(await calls.entries(run.id, 1000, offset)).map((e) => e.score));
    return { scores, weight: 1, sampled: false };
  }
  const pages = 10;
  const per = CHART_ENTRIES / pages;
  const stride = Math.floor(total / pages);
  const scores: number[] = [];
  for (let i = 0; i < pages; i++) {
    // Each stratum's page starts at its middle, less half a page, so the top and the tail both show.
    const offset = Math.max(0, Math.min(total - per, i * stride + Math.floor((stride - per) / 2)));
    scores.push(...(await calls.entries(run.id, per, offset)).map((e) => e.score));
  }
  return { scores, weight: total / scores.length, sampled: true };
}

/**
 * Downloads a file of the service (exports, minutes): fetched with the bearer token, then saved
 * under the name the service gives (Content-Disposition) or the fallback. Returns the name.
 */
export async function downloadFile(token: string, path: string, fallbackName: string): Promise<string> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': acceptLanguage() } }).catch(
    (e: unknown) => {
      throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
    },
  );
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code: string; message: string; details?: Record<string, unknown> };
    } | null;
    throw new ApiError(res.status, (body?.error?.code ?? 'INTERNAL_ERROR') as ApiError['code'], body?.error?.message ?? res.statusText);
  }
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  const plainName = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star.replace(/"/g, '')) : (plainName ?? fallbackName);
  saveBlob(await res.blob(), name);
  return name;
}

/** Saves a blob as a file the browser downloads. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
