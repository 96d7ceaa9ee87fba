// The queue dashboard (bull-board) at /admin/queues, for API processes. bull-board is an Express
// app of its own, outside Nest's guard and filters, so access is checked here, in front of all
// of it (page, JSON API and static assets), and refusals use the API's error shape.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { type INestApplication, Logger } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { ApiKeyService } from '../auth/api-key.service.js';
import { requestPrincipal } from '../auth/request-principal.js';
import type { ApiKeyRole } from '../auth/roles.js';
import type { ApiErrorBody } from '../http/api-error.filter.js';
import { QUEUES } from './queue-names.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * @bull-board/express 9.10.1 (no 9.10.2 is published) pins @bull-board/api 9.10.1, while the hub uses api
 * 9.10.2 (it caps jobs per page). At run time the adapter only serves the routes and queues the
 * hub's api hands it; only the duplicated typings differ, hence this one cast.
 */
type BoardServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

const DASHBOARD_ROLES: readonly ApiKeyRole[] = ['admin', 'support'];

/**
 * Read-only: the queues are shared by every tenant, so no tenant's key may pause, clean or
 * retry them, and replays go through the API, which records who asked.
 */
const READ_ONLY = true;

/** Mounts the dashboard over every queue QueueModule registers. Call before `app.init()`. */
export function mountQueueDashboard(app: INestApplication): void {
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: READ_ONLY })),
    serverAdapter: board as unknown as BoardServerAdapter,
    options: { uiConfig: { boardTitle: 'debtor-hub queues' } },
  });
  app.use(QUEUE_DASHBOARD_PATH, dashboardAccess(app.get(ApiKeyService)), board.getRouter() as RequestHandler);
}

function dashboardAccess(apiKeys: ApiKeyService): RequestHandler {
  const logger = new Logger('QueueDashboard');
  return (request: Request, response: Response, next: NextFunction) => {
    requestPrincipal(request, apiKeys).then(
      (principal) => {
        if (principal === null) return refuse(response, 401, 'Send an API key of the admin or support role as "Authorization: Bearer <key>"');
        if (!DASHBOARD_ROLES.includes(principal.role)) return refuse(response, 403, `The ${principal.role} role may not see the queue dashboard`);
        next();
      },
      (error: unknown) => {
        logger.error(error instanceof Error ? error.stack : String(error));
        refuse(response, 500, 'Internal server error');
      },
    );
  };
}

function refuse(response: Response, statusCode: number, message: string): void {
  const body: ApiErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  response.status(statusCode).json(body);
}
