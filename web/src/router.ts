import { createRouter, createWebHistory } from 'vue-router';

/** Each page is its own chunk: the counter loads only what the counter needs. */
export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/kiosk', component: () => import('./pages/kiosk/KioskPage.vue') },
    { path: '/h/:cardCode', component: () => import('./pages/door/DoorPage.vue'), props: true },
    { path: '/board/:regionId', component: () => import('./pages/board/BoardPage.vue'), props: true },
    { path: '/plates/:regionId', component: () => import('./pages/plates/PlatesPage.vue'), props: true },
    { path: '/console', component: () => import('./pages/console/ConsolePage.vue') },
    { path: '/ledger-book/:holderId', component: () => import('./pages/ledger-book/LedgerBookPage.vue'), props: true },
    { path: '/:rest(.*)*', component: () => import('./pages/NotFound.vue') },
  ],
});
