import { unwrap, type Api, type Schemas } from '@/api/client';
import type { StaffRole } from '../staff-routes';

export type Region = Schemas['RegionView'];
export type RegionLevel = Region['level'];
export type Declaration = Schemas['DeclarationView'];
export type Household = Schemas['HouseholdDetailView'];

/** A staff user as the list shows it, with its region's name (the service adds regionName; optional here until the committed OpenAPI types have it). */
export type StaffUser = Schemas['UserView'] & { regionName?: string | null };

/** Regions listed a page at a time. */
export const REGION_PAGE = 20;
/** Staff users listed a page at a time. */
export const USER_PAGE = 20;

/** The level below each level (a grid has none). */
export const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  county: 'township',
  township: 'village',
  village: 'grid',
  grid: null,
};

/** The levels of region each role may be given (as the service checks them: ROLE_REGION_MISMATCH otherwise). */
export const ROLE_LEVELS: Record<StaffRole, RegionLevel[]> = {
  county_admin: ['county'],
  township_officer: ['township'],
  village_clerk: ['village'],
  reviewer: ['county', 'township', 'village'],
  store_operator: ['county', 'township', 'village'],
  auditor: ['county', 'township', 'village'],
};

/** The roles a county admin and a township officer may give (ROLE_NOT_ASSIGNABLE otherwise), in the order the form offers them. */
export const ASSIGNABLE: Partial<Record<StaffRole, StaffRole[]>> = {
  county_admin: ['village_clerk', 'township_officer', 'reviewer', 'store_operator', 'auditor', 'county_admin'],
  township_officer: ['village_clerk', 'reviewer', 'store_operator', 'auditor'],
};

/** The roles that enter or review points, and so declare their conflicts of interest (利益冲突申报). */
export const DECLARING_ROLES: string[] = ['county_admin', 'township_officer', 'village_clerk', 'reviewer'];

/** What the staff list is narrowed by. */
export interface UserFilter {
  q?: string;
  role?: StaffRole;
  regionId?: number;
}

/** The organisation screens' calls, through the console's typed client (as the signed-in user). */
export function organisationApi(api: Api) {
  return {
    region: (id: number) => unwrap(api.GET('/api/v1/regions/{id}', { params: { path: { id } } })),
    /** A page of a region's children, ordered by code. */
    children: (parentId: number, offset: number, q = '', limit = REGION_PAGE) =>
      unwrap(api.GET('/api/v1/regions', { params: { query: { parentId, offset, limit, ...(q ? { q } : {}) } } })),
    createRegion: (body: Schemas['CreateRegionDto']) => unwrap(api.POST('/api/v1/regions', { body })),
    /** A page of the staff of the caller's area, searched and filtered by the service. */
    users: async (filter: UserFilter, offset: number): Promise<{ items: StaffUser[]; total: number }> => {
      const query: UserFilter & { limit: number; offset: number } = {
        ...(filter.q?.trim() ? { q: filter.q.trim().slice(0, 64) } : {}),
        ...(filter.role ? { role: filter.role } : {}),
        ...(filter.regionId ? { regionId: filter.regionId } : {}),
        limit: USER_PAGE,
        offset,
      };
      return unwrap(api.GET('/api/v1/users', { params: { query } }));
    },
    createUser: (body: Schemas['CreateUserDto']) => unwrap(api.POST('/api/v1/users', { body })),
    updateUser: (id: number, body: Schemas['UpdateUserDto']) => unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    declaration: (id: number) => unwrap(api.GET('/api/v1/users/{id}/declaration', { params: { path: { id } } })),
    household: (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
  };
}

export type OrganisationApi = ReturnType<typeof organisationApi>;

/** A code for a new region under `parent`: its code and the next number (DEMO-01 → DEMO-01-03), to change at will. */
export function suggestedCode(parent: Region, siblings: number): string {
  const code = `${parent.code}-${String(siblings + 1).padStart(2, '0')}`;
  return code.length <= 32 ? code : code.slice(code.length - 32).replace(/^[^A-Za-z0-9]+/, '');
}
