import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express, Request, Response } from 'express';
import { errorBody } from '../errors/error.filter.js';

/**
 * Nest answers unknown paths under the global prefix itself; anything else (`/nope`, `/api/v2/…`)
 * would get Express's HTML page. Added once every route is registered, this last handler gives
 * those the API's one error shape too.
 */
@Injectable()
export class RouteNotFoundFallback implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express | undefined>();
    if (typeof app?.use !== 'function') return; // a worker without HTTP
    app.use((req: Request, res: Response) => {
      (req as { errorCode?: string }).errorCode = 'ROUTE_NOT_FOUND';
      res.status(404).json(errorBody(req, { status: 404, code: 'ROUTE_NOT_FOUND' }));
    });
  }
}
