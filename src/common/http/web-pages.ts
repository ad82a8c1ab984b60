import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Paths of the web pages (the single-page application routes them itself). */
export const PAGE_PATHS = [
  '/',
  '/kiosk',
  '/console',
  '/console/{*rest}',
  '/h/{*rest}',
  '/board/{*rest}',
  '/plates/{*rest}',
  '/ledger-book/{*rest}',
];

/** The built pages: `web/dist` of the project this module belongs to (source or compiled). */
export function defaultWebDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'web', 'dist');
}

/**
 * Serves the counter, door, board and plate pages from the same origin as the API: hashed assets
 * cached for a year, the page itself never cached (a new release is picked up at the next load).
 * Without a build it says how to make one instead of failing silently.
 */
export function mountWebPages(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  // Hashed assets: cached for a year, sent as the build's pre-compressed .br or .gz when the browser takes it.
  app.use(
    '/assets',
    expressStaticGzip(join(webDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      serveStatic: { immutable: true, maxAge: '365d', fallthrough: false },
    }),
  );
  const page = (_req: Request, res: Response) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('The web pages are not built: run `npm run build:web` (网页尚未构建).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  const server = app.getHttpAdapter().getInstance() as express.Express;
  for (const path of PAGE_PATHS) server.get(path, page);
  // A browser asking for a page that does not exist gets the pages' own "not found" (status 404);
  // the API, its documents, /health and the queue dashboard keep their JSON answers.
  server.use((req: Request, res: Response, next: () => void) => {
    if (req.method !== 'GET' || NOT_PAGES.test(req.path) || req.accepts(['json', 'html']) !== 'html' || !existsSync(index)) return next();
    res.status(404).setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Paths that are never pages: the API, its documents, health, the queue dashboard, assets. */
const NOT_PAGES = /^\/(api|docs|health|admin|assets)(\/|-|$)/;
