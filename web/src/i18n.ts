import { createI18n } from 'vue-i18n';
import { common } from './locales/common';

export type Locale = 'zh-CN' | 'en';

const saved = (typeof localStorage !== 'undefined' && localStorage.getItem('mb.locale')) as Locale | null;

/**
 * Chinese first, English second. Shared words live in locales/common.ts; each page keeps its own
 * messages beside it and passes them to useI18n({ messages }).
 */
export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: common,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem('mb.locale', locale);
  document.documentElement.lang = locale;
}
