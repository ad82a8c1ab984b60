import { ApiError, unwrap, type Api, type Schemas } from '@/api/client';

export type Program = Schemas['ProgramView'];
export type Participation = Schemas['ParticipationReportView'];
export type Redemptions = Schemas['RedemptionsReportView'];
export type Liability = Schemas['LiabilityReportView'];
export type Expiring = Schemas['ExpiringReportView'];
export type StaffActivity = Schemas['StaffActivityReportView'];

export type ReportName = 'participation' | 'redemptions' | 'liability' | 'expiring' | 'staff-activity';

/** What every report is asked for: the program, and a region of the caller's (none: its own). */
export interface ReportScope {
  programId: number;
  regionId: number | null;
}

/** The reports of the staff console, through the console's typed client (as the signed-in staff user). */
export function consoleApi(api: Api) {
  const region = (s: ReportScope) => (s.regionId !== null ? { regionId: s.regionId } : {});
  return {
    programs: async (): Promise<Program[]> => (await unwrap(api.GET('/api/v1/programs'))).filter((p) => p.holderType === 'household'),
    participation: async (s: ReportScope, by: 'village' | 'grid'): Promise<Participation> =>
      (await unwrap(
        api.GET('/api/v1/reports/participation', { params: { query: { programId: s.programId, ...region(s), by } } }),
      )) as Participation,
    redemptions: async (s: ReportScope): Promise<Redemptions> =>
      (await unwrap(api.GET('/api/v1/reports/redemptions', { params: { query: { ...region(s) } } }))) as Redemptions,
    liability: async (s: ReportScope): Promise<Liability> =>
      (await unwrap(api.GET('/api/v1/reports/liability', { params: { query: { programId: s.programId, ...region(s) } } }))) as Liability,
    expiring: async (s: ReportScope): Promise<Expiring> =>
      (await unwrap(api.GET('/api/v1/reports/expiring', { params: { query: { programId: s.programId, ...region(s) } } }))) as Expiring,
    staffActivity: async (s: ReportScope): Promise<StaffActivity> =>
      (await unwrap(
        api.GET('/api/v1/reports/staff-activity', { params: { query: { programId: s.programId, ...region(s) } } }),
      )) as StaffActivity,
  };
}

/** Downloads a report as CSV or xlsx (the token goes in a header, so the file is fetched, then saved). */
export async function downloadReport(
  token: string,
  report: ReportName,
  scope: ReportScope,
  format: 'csv' | 'xlsx',
  extra: Record<string, string> = {},
): Promise<string> {
  const query = new URLSearchParams({
    format,
    ...(report === 'redemptions' ? {} : { programId: String(scope.programId) }),
    ...(scope.regionId !== null ? { regionId: String(scope.regionId) } : {}),
    ...extra,
  });
  const res = await fetch(`/api/v1/reports/${report}?${query.toString()}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, (body?.error?.code ?? 'NETWORK') as ApiError['code'], body?.error?.message ?? res.statusText);
  }
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `${report}.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = decodeURIComponent(name);
  a.click();
  URL.revokeObjectURL(url);
  return a.download;
}

/** Fen as yuan for display (integer arithmetic, never a float): 123456 → 1,234.56. */
export { formatYuan as yuan } from '@/common/format';
