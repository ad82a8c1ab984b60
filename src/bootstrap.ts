import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { createRootLogger, httpLogger, PinoLoggerService } from './common/logging/logger.js';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/http/validation.js';
import { JsonBodyInterceptor, refuseUnsafeInput } from './common/http/input-guards.js';
import { buildApiDocument } from './common/http/openapi.js';
import type { AppConfig } from './config/app-config.js';
import { mountQueueDashboard } from './admin/queue-dashboard.js';
import { XLSX_TYPE } from './common/http/media-types.js';
import { mountWebPages } from './common/http/web-pages.js';
import { TransientRetryInterceptor } from './common/http/transient-retry.js';

export const API_PREFIX = 'api/v1';

/**
 * Builds the HTTP application (not listening yet): the same for `main`, tests and the demo.
 * `preview` builds the module graph and routes without instantiating providers (no database
 * connection, no migrations, no jobs): enough for the OpenAPI document (`npm run openapi`), not to serve.
 */
/** Where requests come signed, and their bytes are kept for the check. */
const SIGNED_PATH = '/api/v1/integration-events';

export async function createApp(config: AppConfig, { preview = false }: { preview?: boolean } = {}): Promise<NestExpressApplication> {
  const root = createRootLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoLoggerService(root),
    bodyParser: false,
    preview,
  });
  app.use(httpLogger(root));
  app.set('trust proxy', config.trustProxy);
  // No ETag on API answers: nothing asks for them again with If-None-Match, and Express would hash
  // every JSON body to make one (pages and assets keep theirs: they are served by their own handlers).
  app.set('etag', false);
  // Signed requests are checked against the bytes as sent (integration events, Standard Webhooks).
  app.use(
    express.json({
      limit: '2mb',
      verify: (req, _res, buf) => {
        if (req.url?.startsWith(SIGNED_PATH)) (req as typeof req & { rawBody?: Buffer }).rawBody = buf;
      },
    }),
  );
  app.use(express.raw({ type: ['text/csv', 'application/csv', 'application/octet-stream', XLSX_TYPE], limit: config.importMaxBytes }));
  app.use(refuseUnsafeInput);
  if (config.queue.kind === 'redis') mountQueueDashboard(app);
  mountWebPages(app, config.webDir);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new TransientRetryInterceptor(), new JsonBodyInterceptor(app.get(Reflector)));

  SwaggerModule.setup('docs', app, () => buildApiDocument(app), { jsonDocumentUrl: 'docs-json', swaggerOptions: { deepLinking: true } });
  return app;
}
