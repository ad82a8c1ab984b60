import { ApiError } from '../api/client';
import { i18n } from '../i18n';
import { DETAIL_PARAMS, type ErrorContext } from '../locales/errors';
import { dayLabel, dayTimeLabel } from './format';

export type { ErrorContext } from '../locales/errors';

export interface ErrorTextOptions {
  /** Item names by SKU (the counter's shelf), for messages that name an item. */
  nameOf?: (sku: string) => string;
}

/** Detail values as the page writes them: a calendar day or an instant in the page's words. */
function shownDetails(details: Record<string, unknown>, locale: string, nameOf: (sku: string) => string): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...details };
  for (const [k, v] of Object.entries(details)) {
    if (typeof v !== 'string') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) shown[k] = dayLabel(v, locale);
    else if (/^\d{4}-\d{2}-\d{2}T/.test(v)) shown[k] = dayTimeLabel(v, locale);
  }
  if (typeof details.sku === 'string') shown.name = nameOf(details.sku);
  return shown;
}

/**
 * The words for an error, in the page's language, from the one catalogue (locales/errors.ts):
 * the page's own words for the code where it has them (context), else the words with the
 * service's details (which item, until when), else the plain words for the code, else the
 * service's message (sent in the page's language: the pages send Accept-Language), else the code.
 */
export function errorText(e: unknown, context?: ErrorContext, options: ErrorTextOptions = {}): string {
  const words = i18n.global;
  const t = (key: string, params: Record<string, unknown> = {}): string => words.t(key, params);
  const te = (key: string): boolean => words.te(key);
  if (!(e instanceof ApiError)) return t('errors.other', { code: e instanceof Error ? e.message : String(e) });
  const locale = String(i18n.global.locale.value);
  const params = () => shownDetails(e.details, locale, options.nameOf ?? ((sku) => sku));
  if (context && te(`errorContexts.${context}.${e.code}`)) return t(`errorContexts.${context}.${e.code}`, params());
  const needs = DETAIL_PARAMS[e.code];
  if (needs && te(`errorDetails.${e.code}`) && needs.every((k) => e.details[k] !== undefined && e.details[k] !== null))
    return t(`errorDetails.${e.code}`, params());
  if (te(`errors.${e.code}`)) return t(`errors.${e.code}`);
  if (e.code !== 'NETWORK' && e.message) return e.message;
  return t('errors.other', { code: e.code });
}

/**
 * The plain-words message of an error, in the page's language. `context` names the page's own
 * words for some codes (errorContexts in locales/errors.ts); call the function in a template or a
 * computed so that the words follow a change of language.
 */
export function useErrorText(context?: ErrorContext) {
  return (e: unknown, options: ErrorTextOptions = {}): string => errorText(e, context, options);
}
