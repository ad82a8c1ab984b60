import { ref } from 'vue';
import { unwrap } from '../api/client';
import { pageClient } from './api';

const TOKEN_KEY = 'mb.staff.token';

/** A staff user's token lives for the browser tab only (sessionStorage), never on the device for good. */
export const staffSession = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

async function login(username: string, password: string): Promise<string> {
  const res = await unwrap(pageClient().POST('/api/v1/auth/login', { body: { username, password } }));
  return res.accessToken;
}

/**
 * The log-in of the staff pages (door plates, 台账): the form's fields, the token of this tab, and
 * log-out, which also runs the page's own `onLogout` to forget what it had loaded.
 */
export function useStaffLogin(messageOf: (e: unknown) => string, onLogout: () => void) {
  const token = ref<string | null>(staffSession.get());
  const username = ref('');
  const password = ref('');
  const loggingIn = ref(false);
  const loginError = ref('');

  async function submitLogin(): Promise<void> {
    loggingIn.value = true;
    loginError.value = '';
    try {
      const accessToken = await login(username.value.trim(), password.value);
      staffSession.set(accessToken);
      password.value = '';
      token.value = accessToken;
    } catch (e) {
      loginError.value = messageOf(e);
    } finally {
      loggingIn.value = false;
    }
  }

  function logout(): void {
    staffSession.clear();
    token.value = null;
    onLogout();
  }

  return { token, username, password, loggingIn, loginError, submitLogin, logout };
}
