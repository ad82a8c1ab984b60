import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { dayLabel, dayTimeLabel, signedNumber } from '@/common/format';
import { useStaff } from '../shell/staff-context';
import { reviewMessages } from './messages';
import { reviewApi, type Program } from './review-api';

/** The reviewer's words in the page's language (the console's language switch changes them), and its ways of writing days and points. */
export function useReviewI18n() {
  const i18n = useI18n({ messages: reviewMessages });
  const locale = () => String(i18n.locale.value);
  return {
    ...i18n,
    te: (key: string): boolean => i18n.te(key),
    /** An instant: 12月8日 14:05 (8 Dec 14:05). */
    at: (d: string | Date): string => dayTimeLabel(d, locale()),
    /** A calendar day with its year: 2026年7月15日 (15 Jul 2026). */
    day: (d: string): string => dayLabel(d, locale()),
  };
}

/** Points with their sign: +10, −5, 0. */
export const signed = signedNumber;

let programsOf: { token: string; programs: Promise<Program[]> } | null = null;

/**
 * What the reviewer's screens take from the console's shell (the signed-in user from GET /auth/me
 * and the client), with the calls they make and the county's programs (their review settings:
 * second approval above how many points, whether clerks review), fetched once per log-in.
 */
export function useReviewer() {
  const staff = useStaff();
  const api = reviewApi(staff.api);
  const programs = ref<Program[]>([]);
  const token = staff.token();
  if (token) {
    let county = programsOf?.token === token ? programsOf.programs : null;
    if (!county) {
      county = api.programs();
      programsOf = { token, programs: county };
      county.catch(() => (programsOf = null));
    }
    county.then((p) => (programs.value = p)).catch(() => undefined);
  }
  return { api, me: staff.me, programs };
}
