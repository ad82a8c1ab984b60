import { useI18n } from 'vue-i18n';
import { setLocale } from '@/i18n';
import { messages } from './messages';

/** The door page's translations (its own messages, the page language shared with the app). */
export function useDoorI18n() {
  const i18n = useI18n({ messages, useScope: 'local', inheritLocale: true });
  const toggleLocale = () => setLocale(i18n.locale.value === 'en' ? 'zh-CN' : 'en');
  return { ...i18n, toggleLocale };
}
