import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service.js';

/** Labels by the route pattern (`/api/v1/administrations/:id`), never the raw URL: ids would explode cardinality. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stopTimer = process.hrtime.bigint();
    response.on('finish', () => {
      const routePath = (request.route as { path?: string } | undefined)?.path;
      const route = routePath ? `${request.baseUrl}${routePath}` : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - stopTimer) / 1e9;
      this.metrics.httpRequests.inc({ method: request.method, route, status: String(response.statusCode) });
      this.metrics.httpDuration.observe({ method: request.method, route }, seconds);
    });
    next();
  }
}
