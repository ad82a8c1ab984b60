import { errorMessages } from './errors';

/** Words every page uses, and the service's error codes in plain words (locales/errors.ts). */
export const common = {
  'zh-CN': {
    app: {
      name: '道德银行',
      points: '{n} 分',
      language: 'English',
      largeText: '大字',
      highContrast: '高对比',
      retry: '重试',
      loading: '加载中…',
      back: '返回',
      close: '关闭',
      confirm: '确认',
      cancel: '取消',
      printOnComputer: '请在电脑上打开以打印（本页按 A4 纸排版，手机上只是缩小预览）',
    },
    staffLogin: { username: '用户名', password: '密码', login: '登录', loggingIn: '正在登录…', required: '请填写{field}' },
    ...errorMessages['zh-CN'],
  },
  en: {
    app: {
      name: 'Moral Bank',
      points: '{n} pts',
      language: '中文',
      largeText: 'Large text',
      highContrast: 'High contrast',
      retry: 'Retry',
      loading: 'Loading…',
      back: 'Back',
      close: 'Close',
      confirm: 'Confirm',
      cancel: 'Cancel',
      printOnComputer: 'Open on a computer to print (laid out for A4 paper; a phone shows a shrunken preview)',
    },
    staffLogin: {
      username: 'User name',
      password: 'Password',
      login: 'Log in',
      loggingIn: 'Logging in…',
      required: 'Please fill in {field}',
    },
    ...errorMessages.en,
  },
};
