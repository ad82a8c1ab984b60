import { Locale as VantLocale } from 'vant';
import zhCN from 'vant/es/locale/lang/zh-CN';
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

/**
 * Vant's own words (dialog buttons, pickers, "loading") follow the page's language; Chinese is
 * Vant's default (always in the bundle), English is loaded only when someone switches to it.
 */
async function useVantLocale(locale: Locale): Promise<void> {
  if (locale === 'en') VantLocale.use('en-US', (await import('vant/es/locale/lang/en-US')).default);
  else VantLocale.use('zh-CN', zhCN);
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem('mb.locale', locale);
  document.documentElement.lang = locale;
  void useVantLocale(locale);
}

if (saved === 'en' && typeof document !== 'undefined') {
  document.documentElement.lang = 'en';
  void useVantLocale('en');
}
