/**
 * The messages a household is sent, by template (the service's MESSAGE_TEMPLATES), with the values
 * an SMS template of each receives, in order ({1}, {2}, {3} of the template approved at Tencent
 * Cloud; the service's SMS_PARAMETERS).
 */
export const MESSAGE_TEMPLATES = [
  { code: 'claim.approved', parameters: ['rule', 'points', 'noticeUntil'] },
  { code: 'claim.rejected', parameters: ['rule'] },
  { code: 'entry.noticed', parameters: ['rule', 'points', 'deadline'] },
  { code: 'objection.upheld', parameters: ['rule', 'points'] },
  { code: 'objection.dismissed', parameters: ['rule', 'points'] },
  { code: 'sanction.imposed', parameters: ['rule', 'clearedPoints', 'until'] },
  { code: 'sanction.lifted', parameters: ['rule'] },
  { code: 'redemption.made', parameters: ['store', 'points', 'receiptNo'] },
  { code: 'expiry.reminder', parameters: ['points', 'date'] },
] as const;

export type TemplateCode = (typeof MESSAGE_TEMPLATES)[number]['code'];
