import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthedRequest } from '../common/auth/decorators.js';
import { requestIdOf } from '../common/http/request-id.js';
import { AuditWriter } from './audit-writer.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every attempted change when its response is sent: who (user, device or the username
 * tried at login), what (method and route), when, and the outcome with its code. AuditWriter
 * writes the entries in batches.
 */
@Injectable()
export class AuditMiddleware implements NestMiddleware {
  constructor(private readonly audit: AuditWriter) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!CHANGES.has(req.method)) return next();
    let resourceId: string | null = null;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const id = (body as { id?: unknown } | null)?.id;
      if (typeof id === 'number' || typeof id === 'string') resourceId = String(id);
      return json(body);
    };
    res.on('finish', () => {
      const { actor: county, operator, resident } = req as AuthedRequest;
      const actor = county ?? operator;
      const route = (req.route as { path?: string } | undefined)?.path;
      const body = req.body as { username?: unknown; cardCode?: unknown } | undefined;
      const tried = req.path.endsWith('/auth/login')
        ? body?.username
        : req.path.endsWith('/auth/resident-login')
          ? body?.cardCode
          : undefined;
      const triedName = typeof tried === 'string' ? tried.slice(0, 100) : null;
      this.audit.record({
        ...(resident
          ? { actorType: 'resident', actorId: resident.householdId, actorName: resident.cardCode, actorRegionId: resident.villageId }
          : {
              actorType: actor ? (actor.kind === 'device' ? 'device' : 'user') : 'anonymous',
              actorId: actor?.id ?? null,
              actorName: actor ? (actor.kind === 'device' ? actor.name : actor.username) : triedName,
              actorRegionId: county?.regionId ?? null,
            }),
        action: `${req.method} ${route ? `${req.baseUrl}${route}` : req.path}`.slice(0, 100),
        path: req.originalUrl.slice(0, 200),
        resourceId,
        outcome: res.statusCode < 400 ? 'success' : 'failure',
        status: res.statusCode,
        errorCode: (req as { errorCode?: string }).errorCode ?? null,
        requestId: requestIdOf(req).slice(0, 64) || null,
        ip: req.ip?.slice(0, 64) ?? null,
      });
    });
    next();
  }
}
