import { unwrap, type Schemas } from '../../api/client';
import { pageClient } from '../../common/api';

/** What the public board endpoints answer, as the committed OpenAPI document types it. */
export type EntryComponents = Schemas['EntryComponentsView'];
/** One place of a published ranking: the name is already masked as the program says. */
export type PublicEntry = Schemas['PublicEntryView'];
/** One village's honours (道德冠军, the honour list, published deductions), with the village's name. */
export type VillageHonours = Schemas['VillageHonoursView'];
export type HolderType = Schemas['BoardProgramView']['holderType'];
export type BoardRanking = Schemas['BoardRankingView'];
/** The board of a period, with every period that has a published ranking (for the picker). */
export type PublicBoard = Schemas['BoardView'];
/** A rule in force in the region whose version the villagers adopted, with the meeting. */
export type AdoptedRule = Schemas['AdoptedRuleView'];
export type NoticeStatus = Schemas['PublicNoticeView']['status'];
/** An entry under notice (公示), names masked as the program's boards mask them. */
export type PublicNotice = Schemas['PublicNoticeView'];
export type ObjectionCreated = Schemas['ObjectionCreatedView'];
/** An announcement (村务公开) shown today: the region's own, or a township's or county's above it. */
export type PublicAnnouncement = Schemas['PublicAnnouncementView'];

const publicApi = pageClient();

export function fetchBoard(regionId: number, period?: string): Promise<PublicBoard> {
  return unwrap(publicApi.GET('/api/v1/public/boards/{regionId}', { params: { path: { regionId }, query: period ? { period } : {} } }));
}

export function fetchNotices(regionId: number): Promise<PublicNotice[]> {
  return unwrap(publicApi.GET('/api/v1/public/notices/{regionId}', { params: { path: { regionId } } }));
}

export function fetchAnnouncements(regionId: number): Promise<PublicAnnouncement[]> {
  return unwrap(publicApi.GET('/api/v1/public/announcements/{regionId}', { params: { path: { regionId } } }));
}

/**
 * A resident objects to a notice: logs in with card code and PIN, files the objection with that
 * token, and forgets the token (the board may be a shared phone or the village hall's screen).
 */
export async function fileObjection(noticeId: string, cardCode: string, pin: string, reason: string): Promise<ObjectionCreated> {
  const session = await unwrap(pageClient().POST('/api/v1/auth/resident-login', { body: { cardCode, pin } }));
  const asResident = pageClient(() => ({ kind: 'bearer', token: session.accessToken }));
  return unwrap(asResident.POST('/api/v1/notices/{id}/objections', { params: { path: { id: noticeId } }, body: { reason } }));
}
