import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response, NextFunction } from 'express';

/**
 * Every error code the test apps answer, with the route that answered it, so the run can check
 * that the committed OpenAPI document lists each under its operation (see global-teardown.ts).
 */
const seen = new Set<string>();

/** Records `METHOD /path/{param} CODE` for each error response of a matched route. */
export function recordErrorCodes(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.on('finish', () => {
      const code = (req as { errorCode?: string }).errorCode;
      const path = (req.route as { path?: unknown } | undefined)?.path;
      if (code && typeof path === 'string') seen.add(`${req.method.toLowerCase()} ${path.replace(/:(\w+)/g, '{$1}')} ${code}`);
    });
    next();
  });
}

/** Appends what this worker saw to the run's folder. */
export function flushErrorCodes(): void {
  const dir = process.env.MORAL_BANK_ERROR_CODES;
  if (!dir || seen.size === 0) return;
  appendFileSync(join(dir, `${process.pid}.txt`), [...seen, ''].join('\n'));
  seen.clear();
}
