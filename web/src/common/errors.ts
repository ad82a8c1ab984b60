import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/client';

/** The plain-words message of an error, in the page's language (errors.<CODE> or the service's message). */
export function useErrorText() {
  const i18n = useI18n({ useScope: 'global' });
  const { t } = i18n;
  return (e: unknown): string => {
    if (e instanceof ApiError) return i18n.te(`errors.${e.code}`) ? t(`errors.${e.code}`) : t('errors.other', { code: e.code });
    return t('errors.other', { code: e instanceof Error ? e.message : String(e) });
  };
}
