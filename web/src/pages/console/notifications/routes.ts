import type { StaffRoute } from '../staff-routes';

const group = 'messages' as const;

/**
 * 消息通知: the county's messages to households with what became of each delivery (county admins,
 * and the village supervisors who check them, as the service allows), and the channels they go
 * out through (county admins). Each is its own chunk.
 */
export const notificationRoutes: StaffRoute[] = [
  {
    path: 'notifications/messages',
    name: 'notifications-messages',
    component: () => import('./MessagesView.vue'),
    meta: { menu: { zh: '消息记录', en: 'Messages' }, roles: ['county_admin', 'auditor'], group },
  },
  {
    path: 'notifications/channels',
    name: 'notifications-channels',
    component: () => import('./ChannelsView.vue'),
    meta: { menu: { zh: '通知渠道', en: 'Channels' }, roles: ['county_admin'], group },
  },
];
