import type { StaffRoute } from '../staff-routes';

const group = 'messages' as const;

/**
 * 接口对接: events in from the county's grid-management platform (docs/integration.md) — the API
 * clients that send them and their secrets, how each event type counts (事件映射), and the events
 * received with the dead-letter list first (county admins; the village supervisors read the
 * events, as the service allows). In the messages group, beside the channels out. Each is its own chunk.
 */
export const integrationRoutes: StaffRoute[] = [
  {
    path: 'integration/clients',
    name: 'integration-clients',
    component: () => import('./ClientsView.vue'),
    meta: { menu: { zh: '接口客户端', en: 'API clients' }, roles: ['county_admin'], group },
  },
  {
    path: 'integration/mappings',
    name: 'integration-mappings',
    component: () => import('./MappingsView.vue'),
    meta: { menu: { zh: '事件映射', en: 'Event mappings' }, roles: ['county_admin'], group },
  },
  {
    path: 'integration/events',
    name: 'integration-events',
    component: () => import('./EventsView.vue'),
    meta: { menu: { zh: '接口事件', en: 'Received events' }, roles: ['county_admin', 'auditor'], group },
  },
];
