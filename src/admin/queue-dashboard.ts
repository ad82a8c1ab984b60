import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type { TokenPayload } from '../auth/auth.guard.js';
import { DomainError } from '../common/errors/domain-error.js';
import { errorBody } from '../common/errors/error.filter.js';
import { PLATFORM_OPERATOR } from '../common/auth/roles.js';
import { UsersRepository } from '../users/users.repository.js';
import { JOB_QUEUE } from '../jobs/job-catalogue.js';

export const DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board at /admin/queues, for the platform operator alone: the one queue carries every
 * county's jobs and can be paused, so no county's staff may open it (they follow their own runs
 * and imports through the API). A browser passes the access token once as `?token=`; it is then
 * kept in an HTTP-only cookie scoped to the dashboard.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const queue = app.get<Queue>(getQueueToken(JOB_QUEUE));
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(queue)], serverAdapter });
  const jwt = app.get(JwtService);
  const users = app.get(UsersRepository);

  const guard = (req: Request, res: Response, next: NextFunction) => {
    const fail = (error: DomainError) => res.status(error.status).json(errorBody(req, { status: error.status, code: error.code }));
    const header = req.headers.authorization;
    const cookie = /(?:^|;\s*)mb_dashboard=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (query ?? cookie);
    if (!token) return fail(new DomainError('UNAUTHENTICATED'));
    jwt
      .verifyAsync<TokenPayload>(token)
      .then(async (payload) => ({ payload, operator: payload.role === PLATFORM_OPERATOR ? await users.findOperator(payload.sub) : null }))
      .then(({ payload, operator }) => {
        if (payload.role !== PLATFORM_OPERATOR)
          return fail(new DomainError('FORBIDDEN', { role: payload.role, reason: 'the queue dashboard is for the platform operator' }));
        if (!operator) return fail(new DomainError('UNAUTHENTICATED', { reason: 'user disabled or removed' }));
        if (query) res.cookie('mb_dashboard', query, { httpOnly: true, sameSite: 'strict', path: DASHBOARD_PATH });
        next();
      })
      .catch(() => fail(new DomainError('UNAUTHENTICATED', { reason: 'invalid or expired token' })));
  };
  app.use(DASHBOARD_PATH, guard, serverAdapter.getRouter());
}
