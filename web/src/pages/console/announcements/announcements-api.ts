import { unwrap, type Api, type Schemas } from '@/api/client';
import { paged, type Page } from '../shell/paged';

export type Announcement = Schemas['AnnouncementView'];
export type AnnouncementState = Announcement['state'];
export type NewAnnouncement = Schemas['CreateAnnouncementDto'];

/** The states a list may be narrowed to, in the order the tabs show them. */
export const ANNOUNCEMENT_STATES: AnnouncementState[] = ['current', 'scheduled', 'ended', 'withdrawn'];
/** Announcements a page of the list shows. */
export const ANNOUNCEMENT_PAGE = 10;
/** What the service takes: title and text lengths, photos, days shown (announcements.dto.ts). */
export const LIMITS = { title: 60, body: 2000, photos: 6, reason: 200, days: 366, defaultDays: 14 } as const;

let published: Announcement | null = null;
/** The form hands the list what it just published (said once at the top, its card marked). */
export function handPublished(a: Announcement): void {
  published = a;
}
export function takePublished(): Announcement | null {
  const a = published;
  published = null;
  return a;
}

/** The calls of the announcement screens (村务公开), through the console's typed client. */
export function announcementsApi(api: Api) {
  return {
    /** A page of the announcements in the user's area (or below `regionId`), newest first, with how many match. */
    list: (query: { state?: AnnouncementState; regionId?: number; offset: number }): Promise<Page<Announcement>> =>
      paged(
        api.GET('/api/v1/announcements', {
          params: {
            query: {
              limit: ANNOUNCEMENT_PAGE,
              offset: query.offset,
              ...(query.state ? { state: query.state } : {}),
              ...(query.regionId ? { regionId: query.regionId } : {}),
            },
          },
        }),
      ),
    publish: (body: NewAnnouncement) => unwrap(api.POST('/api/v1/announcements', { body })),
    withdraw: (id: number, reason: string) =>
      unwrap(api.POST('/api/v1/announcements/{id}/withdraw', { params: { path: { id } }, body: { reason } })),
  };
}
