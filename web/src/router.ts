import { createRouter, createWebHistory } from 'vue-router';
import { consoleRoutes } from './pages/console/routes';

/** Each page is its own chunk: the counter loads only what the counter needs. */
export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/', component: () => import('./pages/landing/LandingPage.vue') },
    { path: '/kiosk', component: () => import('./pages/kiosk/KioskPage.vue') },
    { path: '/h/:cardCode', component: () => import('./pages/door/DoorPage.vue'), props: true },
    { path: '/board/:regionId', component: () => import('./pages/board/BoardPage.vue'), props: true },
    { path: '/plates/:regionId', component: () => import('./pages/plates/PlatesPage.vue'), props: true },
    // The staff console: a shell (log-in, menu by role) around its screens, each a child route and a chunk of its own.
    { path: '/console', component: () => import('./pages/console/ConsoleShell.vue'), children: consoleRoutes },
    { path: '/ledger-book/:holderId', component: () => import('./pages/ledger-book/LedgerBookPage.vue'), props: true },
    { path: '/:rest(.*)*', component: () => import('./pages/NotFound.vue') },
  ],
});
