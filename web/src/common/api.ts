import type { Middleware } from 'openapi-fetch';
import { apiClient, type Credentials } from '../api/client';
import { i18n } from '../i18n';

/** The page's language as the service reads Accept-Language (its messages are Chinese unless asked for English). */
export function acceptLanguage(): string {
  return i18n.global.locale.value === 'en' ? 'en' : 'zh-CN';
}

const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', acceptLanguage());
    return request;
  },
};

/**
 * The typed client of the service for the counter, door, board, plates and 台账 pages: as
 * api/client's, and asking for the service's messages in the page's language.
 */
export function pageClient(credentials: () => Credentials = () => null) {
  const client = apiClient(credentials);
  client.use(language);
  return client;
}
