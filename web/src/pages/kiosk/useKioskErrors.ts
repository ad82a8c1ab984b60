import { useI18n } from 'vue-i18n';
import { ApiError } from '../../api/client';
import { useErrorText } from '../../common/errors';
import { messages } from './messages';

/**
 * The counter's words for a refusal: with the service's details where they help the operator
 * (which item, how many left, points needed), else the shared words for the code.
 */
export function useKioskErrors() {
  const i18n = useI18n({ messages });
  const { t } = i18n;
  const common = useErrorText();
  return (e: unknown, nameOf: (sku: string) => string = (sku) => sku): string => {
    if (!(e instanceof ApiError)) return common(e);
    const key = `kiosk.errors.${e.code}`;
    if (!i18n.te(key)) return common(e);
    const d = e.details;
    const sku = typeof d.sku === 'string' ? d.sku : '';
    const params = { ...d, name: nameOf(sku) } as Record<string, unknown>;
    // Without the details the message would show empty slots: then the plain words for the code.
    const needs: Record<string, string[]> = {
      OUT_OF_STOCK: ['sku', 'available'],
      INSUFFICIENT_POINTS: ['needed', 'available'],
      ITEM_LIMIT_REACHED: ['sku', 'remaining'],
      ITEM_INACTIVE: ['sku'],
      REDEMPTION_SUSPENDED: ['until'],
    };
    if ((needs[e.code] ?? []).some((k) => d[k] === undefined || d[k] === null)) return common(e);
    return t(key, params);
  };
}
