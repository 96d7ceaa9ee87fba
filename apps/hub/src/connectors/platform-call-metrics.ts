import type { PlatformCallRecord } from '@hub/connectors';
import type { Platform } from '@hub/mapping';
import type { MetricsService } from '../observability/metrics.service.js';

/**
 * The connectors' `onCall` hook for one platform: every attempt sent counts in
 * `hub_platform_api_calls_total` by its HTTP status (or the network error code when no answer
 * came), and every 429 also in `hub_platform_rate_limited_total`.
 */
export function platformCallMetrics(metrics: MetricsService, platform: Platform): (call: PlatformCallRecord) => void {
  return (call) => {
    const outcome = call.status !== undefined ? String(call.status) : (call.networkCode ?? 'no_answer');
    metrics.platformApiCalls.inc({ platform, outcome });
    if (call.status === 429) metrics.platformRateLimited.inc({ platform });
  };
}
