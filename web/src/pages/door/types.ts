import type { Schemas } from '@/api/client';

/** What the door page reads, as the service's OpenAPI types say (a renamed field fails the build). */

/** GET /public/households/{cardCode}: what anyone at the door may see. */
export type PublicHousehold = Schemas['DoorPageView'];
/** An entry under notice: of the household (on its door page) or of its village (the notice board). */
export type VillageNotice = Schemas['PublicNoticeView'];

export type ResidentLogin = Schemas['ResidentLoginResult'];

/** A line of the statement; a member's name where the service gives one (the claim's otherwise). */
export type StatementLine = Schemas['StatementLineView'] & { memberName?: string | null };
export type Statement = Schemas['StatementResponse'];
/** The county's latest signed head and, per asked line, its leaf and audit path (checked in the browser). */
export type StatementProofs = Schemas['StatementProofsResponse'];

export type Program = Schemas['ProgramView'];
export type Rule = Schemas['RuleDetailView'];
export type Claim = Schemas['ClaimView'];
export type CapUsage = Schemas['CapUsageView'];
export type Evidence = Schemas['EvidenceViewDto'];

/** A message to the household (审核结果, 公示, 异议, 处理, 兑换, 清零提醒), its text in the page's language. */
export type Message = Schemas['MessageView'];
export type MessageKind = Message['template'];
export type MessagesPage = Schemas['MessagesPage'];
/** An announcement (村务公开) of the village, or of the township or county above it. */
export type Announcement = Schemas['PublicAnnouncementView'];
