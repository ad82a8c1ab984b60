import type { Language } from '../common/errors/error.filter.js';

/** What a household is told, by template: the outbox triggers and the expiry reminder write these codes (docs/notifications.md). */
export const MESSAGE_TEMPLATES = [
  'claim.approved',
  'claim.rejected',
  'entry.noticed',
  'objection.upheld',
  'objection.dismissed',
  'sanction.imposed',
  'sanction.lifted',
  'redemption.made',
  'expiry.reminder',
] as const;
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number];

export type MessageValues = Record<string, string | number>;

const signed = (n: unknown): string => (Number(n) > 0 ? `+${String(n)}` : String(n).replace('-', '−'));
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v as string | number));
/** 2026-12-13 → 2026年12月13日, as the pages write a day. */
const day = (v: unknown): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(v));
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : str(v);
};

type Render = (v: MessageValues) => string;

const ZH: Record<MessageTemplate, Render> = {
  'claim.approved': (v) =>
    Number(v.points) === 0
      ? `您户申报的「${str(v.rule)}」已通过审核，但本期该项积分已达上限，未再加分。`
      : v.noticeUntil
        ? `您户申报的「${str(v.rule)}」已通过审核，${signed(v.points)}分，公示至${day(v.noticeUntil)}后入账。`
        : `您户申报的「${str(v.rule)}」已通过审核，${signed(v.points)}分已入账。`,
  'claim.rejected': (v) => `您户申报的「${str(v.rule)}」未通过审核，原因请在户页查看。`,
  'entry.noticed': (v) =>
    `您户有一条积分记录正在公示：「${str(v.rule)}」${signed(v.points)}分，公示至${day(v.deadline)}。如有异议，请在公示期内提出。`,
  'objection.upheld': (v) =>
    v.party === 'objector'
      ? `您对「${str(v.rule)}」${signed(v.points)}分记录提出的异议已成立，该记录作废。`
      : `对您户「${str(v.rule)}」${signed(v.points)}分记录的异议已成立，该记录作废。`,
  'objection.dismissed': (v) =>
    v.party === 'objector'
      ? `您对「${str(v.rule)}」${signed(v.points)}分记录提出的异议未成立，该记录照常入账。`
      : `对您户「${str(v.rule)}」${signed(v.points)}分记录的异议未成立，该记录照常入账。`,
  'sanction.imposed': (v) =>
    `因「${str(v.rule)}」，您户${Number(v.clearedPoints) > 0 ? `积分清零（${str(v.clearedPoints)}分）` : '受到处理'}${v.until ? `，${day(v.until)}前暂停兑换` : ''}。`,
  'sanction.lifted': (v) => `您户因「${str(v.rule)}」受到的处理已撤销。`,
  'redemption.made': (v) => `您户在${str(v.store)}兑换，使用${str(v.points)}分，小票号${str(v.receiptNo)}。`,
  'expiry.reminder': (v) => `您户有${str(v.points)}分将于${day(v.date)}清零，请在此之前到爱心超市兑换。`,
};

const EN: Record<MessageTemplate, Render> = {
  'claim.approved': (v) =>
    Number(v.points) === 0
      ? `Your claim "${str(v.rule)}" was approved, but the rule's cap for the period is used up: no points were added.`
      : v.noticeUntil
        ? `Your claim "${str(v.rule)}" was approved: ${signed(v.points)} points, on notice until ${str(v.noticeUntil)}, then booked.`
        : `Your claim "${str(v.rule)}" was approved: ${signed(v.points)} points booked.`,
  'claim.rejected': (v) => `Your claim "${str(v.rule)}" was not approved; the reason is on your household page.`,
  'entry.noticed': (v) =>
    `An entry about your household is on notice: "${str(v.rule)}" ${signed(v.points)} points, until ${str(v.deadline)}. You may object until then.`,
  'objection.upheld': (v) =>
    v.party === 'objector'
      ? `Your objection to the entry "${str(v.rule)}" (${signed(v.points)} points) was upheld; the entry is void.`
      : `An objection to your entry "${str(v.rule)}" (${signed(v.points)} points) was upheld; the entry is void.`,
  'objection.dismissed': (v) =>
    v.party === 'objector'
      ? `Your objection to the entry "${str(v.rule)}" (${signed(v.points)} points) was dismissed; the entry stands.`
      : `An objection to your entry "${str(v.rule)}" (${signed(v.points)} points) was dismissed; the entry stands.`,
  'sanction.imposed': (v) =>
    `For "${str(v.rule)}", ${Number(v.clearedPoints) > 0 ? `${str(v.clearedPoints)} points of your household were cleared` : 'your household was sanctioned'}${v.until ? `; redemptions are suspended until ${str(v.until)}` : ''}.`,
  'sanction.lifted': (v) => `The sanction for "${str(v.rule)}" on your household was lifted.`,
  'redemption.made': (v) => `Redeemed at ${str(v.store)}: ${str(v.points)} points, receipt ${str(v.receiptNo)}.`,
  'expiry.reminder': (v) => `${str(v.points)} points of your household will be cleared on ${str(v.date)}; redeem them before then.`,
};

/** The text of a message in a language, with its program's name first (a household may be in two programs). */
export function renderMessage(template: string, values: MessageValues, language: Language = 'zh'): string {
  const render = (language === 'en' ? EN : ZH)[template as MessageTemplate];
  if (!render) return template;
  const program = values.program ? (language === 'en' ? `${str(values.program)}: ` : `【${str(values.program)}】`) : '';
  return `${program}${render(values)}`;
}

/**
 * The values an SMS template takes, in order: a county registers one template per code with its
 * provider (whose templates take numbered parameters, {1}, {2}, …), with these as the parameters.
 */
export const SMS_PARAMETERS: Record<MessageTemplate, string[]> = {
  'claim.approved': ['rule', 'points', 'noticeUntil'],
  'claim.rejected': ['rule'],
  'entry.noticed': ['rule', 'points', 'deadline'],
  'objection.upheld': ['rule', 'points'],
  'objection.dismissed': ['rule', 'points'],
  'sanction.imposed': ['rule', 'clearedPoints', 'until'],
  'sanction.lifted': ['rule'],
  'redemption.made': ['store', 'points', 'receiptNo'],
  'expiry.reminder': ['points', 'date'],
};

const DATE_VALUES = new Set(['noticeUntil', 'deadline', 'until', 'date']);

/** A message's SMS parameters, in its template's order, days written as the texts write them. */
export function smsParameters(template: string, values: MessageValues): string[] {
  return (SMS_PARAMETERS[template as MessageTemplate] ?? []).map((k) => (DATE_VALUES.has(k) ? day(values[k]) : str(values[k])));
}
