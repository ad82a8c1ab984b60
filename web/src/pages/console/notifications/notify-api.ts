import { ApiError, unwrap, type Api, type Schemas } from '@/api/client';

export type Channel = Schemas['ChannelView'];
export type NewChannel = Schemas['CreateChannelDto'];
export type ChannelChange = Schemas['UpdateChannelDto'];
export type QuietHours = Schemas['QuietHoursDto'];
export type Message = Schemas['MessageView'];
export type Delivery = Schemas['DeliveryView'];
export type DeliveryStatus = Delivery['status'];
export type MessagesPage = Schemas['MessagesPage'];
export type Contact = Schemas['ContactView'];

/** Delivery states a list may be narrowed to, in the order the filter shows them. */
export const DELIVERY_STATUSES: DeliveryStatus[] = ['queued', 'sent', 'failed'];
/** Messages asked of the service at a time. */
export const MESSAGE_PAGE = 20;
/** What a new channel has unless told otherwise (notifications.service.ts). */
export const CHANNEL_DEFAULTS = { quietHours: { from: '21:30', until: '07:30' }, dailyLimit: 5 } as const;

/** A channel's settings as the service shows them (no secrets): a webhook's url, or Tencent's account and template ids. */
export interface ChannelSettings {
  url?: string;
  endpoint?: string;
  region?: string;
  sdkAppId?: string;
  signName?: string;
  secretId?: string;
  templates?: Record<string, string>;
}
export const settingsOf = (c: Channel): ChannelSettings => c.settings as ChannelSettings;

/** The calls of the message screens (the county's channels, its messages, a household's number and messages). */
export function notifyApi(api: Api) {
  return {
    channels: () => unwrap(api.GET('/api/v1/notification-channels')),
    createChannel: (body: NewChannel) => unwrap(api.POST('/api/v1/notification-channels', { body })),
    updateChannel: (id: number, body: ChannelChange) =>
      unwrap(api.PATCH('/api/v1/notification-channels/{id}', { params: { path: { id } }, body })),
    /** A page of the county's messages, newest first: those older than `before`, with a delivery in `status`. */
    messages: (query: { status?: DeliveryStatus; before?: string | null }) =>
      unwrap(
        api.GET('/api/v1/messages', {
          params: {
            query: {
              limit: MESSAGE_PAGE,
              ...(query.status ? { status: query.status } : {}),
              ...(query.before ? { before: query.before } : {}),
            },
          },
        }),
      ),
    householdMessages: (householdId: number, before?: string | null, limit = 10) =>
      unwrap(
        api.GET('/api/v1/household-messages/{householdId}', {
          params: { path: { householdId }, query: { limit, ...(before ? { before } : {}) } },
        }),
      ),
    household: (id: number) => unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } } })),
    /** The household's number for SMS, masked; null when it gave none. */
    contact: async (householdId: number): Promise<Contact | null> => {
      try {
        return await unwrap(api.GET('/api/v1/notification-phones/{householdId}', { params: { path: { householdId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    setContact: (householdId: number, phone: string) =>
      unwrap(api.PUT('/api/v1/notification-phones/{householdId}', { params: { path: { householdId } }, body: { phone } })),
    removeContact: (householdId: number) =>
      unwrap(api.DELETE('/api/v1/notification-phones/{householdId}', { params: { path: { householdId } } })),
  };
}

export type NotifyApi = ReturnType<typeof notifyApi>;

/**
 * Why a delivery waits or failed, from the service's `lastError` ("QUIET_HOURS: held until…"):
 * its code (HTTP_503 read as HTTP with the status) and the receiver's own words.
 */
export function deliveryReason(lastError: string | null): { code: string; status: string | null; text: string } | null {
  if (!lastError) return null;
  const m = /^([A-Za-z0-9_.]+):\s*(.*)$/s.exec(lastError);
  const code = m ? m[1] : 'ERROR';
  const text = m ? m[2] : lastError;
  const http = /^HTTP_(\d{3})$/.exec(code);
  return http ? { code: 'HTTP', status: http[1], text } : { code, status: null, text };
}
