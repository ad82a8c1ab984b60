import type { StaffRoute } from '../staff-routes';

/** Who works in a love supermarket: its operators, and the township and county offices that manage stores. */
const STORE_STAFF: StaffRoute['meta']['roles'] = ['store_operator', 'township_officer', 'county_admin'];

/**
 * The love supermarket's screens (爱心超市): goods, stock-in, the receipts with refunds, the day and
 * month reports, settlements and the counter's kiosk keys. An operator whose region has one store
 * works in it at once; township officers and county admins choose a store first. Each screen is
 * its own chunk, loaded when opened.
 */
export const storeRoutes: StaffRoute[] = [
  {
    path: 'store/goods',
    name: 'store-goods',
    component: () => import('./GoodsView.vue'),
    meta: { menu: { zh: '商品', en: 'Goods' }, roles: STORE_STAFF, group: 'store' },
  },
  {
    path: 'store/stock',
    name: 'store-stock',
    component: () => import('./StockView.vue'),
    meta: { menu: { zh: '入库', en: 'Stock-in' }, roles: STORE_STAFF, group: 'store' },
  },
  {
    path: 'store/receipts',
    name: 'store-receipts',
    component: () => import('./ReceiptsView.vue'),
    meta: { menu: { zh: '兑换记录', en: 'Receipts' }, roles: STORE_STAFF, group: 'store' },
  },
  {
    path: 'store/receipts/:id(\\d+)',
    name: 'store-receipt',
    component: () => import('./ReceiptView.vue'),
    props: true,
    meta: { menu: { zh: '小票', en: 'Receipt' }, roles: STORE_STAFF, group: 'store', hidden: true },
  },
  {
    path: 'store/reports',
    name: 'store-reports',
    component: () => import('./StoreReportsView.vue'),
    meta: { menu: { zh: '日报与月报', en: 'Day and month reports' }, roles: STORE_STAFF, group: 'store' },
  },
  {
    path: 'store/settlements',
    name: 'store-settlements',
    component: () => import('./SettlementsView.vue'),
    meta: { menu: { zh: '结算', en: 'Settlements' }, roles: STORE_STAFF, group: 'store' },
  },
  {
    path: 'store/kiosks',
    name: 'store-kiosks',
    component: () => import('./KiosksView.vue'),
    meta: { menu: { zh: '收银终端', en: 'Kiosk keys' }, roles: STORE_STAFF, group: 'store' },
  },
];
