import { useI18n } from 'vue-i18n';
import { ApiError, type ErrorCode } from '@/api/client';
import { errorText } from '@/common/errors';
import { dayLabel, periodLabel } from '@/common/format';
import { integrationMessages } from './messages';

/** Why an event waits (or was refused again), in the page's words, with what to do about it where there is one thing to do. */
export interface Reason {
  code: string;
  text: string;
  fix: string | null;
}

/**
 * The words for an event's reason: the service's own message where it gave one (a replay's answer),
 * else the screen's words for the codes an event meets (with the details the service kept: the
 * type, the period, the day), else the console's catalogue of error words, else the code.
 */
export function useReasons() {
  const i18n = useI18n({ messages: integrationMessages });
  const { t, locale } = i18n;
  const te = (key: string): boolean => i18n.te(key);

  function params(details: Record<string, unknown>): Record<string, unknown> {
    const shown: Record<string, unknown> = { ...details };
    if (typeof details.period === 'string') shown.period = periodLabel(details.period, locale.value);
    if (typeof details.occurredOn === 'string') shown.occurredOn = dayLabel(details.occurredOn, locale.value);
    return shown;
  }

  function reason(code: string, details: Record<string, unknown> | null, serverMessage: string | null = null): Reason {
    const d = details ?? {};
    const fix = te(`integration.fixes.${code}`) ? t(`integration.fixes.${code}`) : null;
    if (serverMessage) return { code, text: serverMessage, fix };
    if (te(`integration.reasons.${code}`)) return { code, text: t(`integration.reasons.${code}`, params(d)), fix };
    return { code, text: errorText(new ApiError(422, code as ErrorCode, '', d)), fix };
  }

  return { reason };
}
