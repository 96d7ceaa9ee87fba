import { MetricsService } from '../observability/metrics.service.js';
import { platformCallMetrics } from './platform-call-metrics.js';

async function counts(metrics: MetricsService, name: string): Promise<Record<string, number>> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return Object.fromEntries((metric?.values ?? []).map((value) => [Object.values(value.labels).join('/'), value.value]));
}

describe('platformCallMetrics', () => {
  it('counts calls by status or network code, and 429s apart', async () => {
    const metrics = new MetricsService();
    const onCall = platformCallMetrics(metrics, 'exact-online');
    onCall({ endpoint: 'crm/Accounts', method: 'GET', status: 200, durationMs: 12 });
    onCall({ endpoint: 'crm/Accounts', method: 'GET', status: 200, durationMs: 9 });
    onCall({ endpoint: 'crm/Accounts', method: 'GET', status: 429, durationMs: 3 });
    onCall({ endpoint: 'crm/Accounts', method: 'GET', networkCode: 'ECONNRESET', durationMs: 30 });
    platformCallMetrics(metrics, 'snelstart')({ endpoint: 'relaties', method: 'GET', status: 503, durationMs: 5 });

    expect(await counts(metrics, 'hub_platform_api_calls_total')).toEqual({
      'exact-online/200': 2,
      'exact-online/429': 1,
      'exact-online/ECONNRESET': 1,
      'snelstart/503': 1,
    });
    expect(await counts(metrics, 'hub_platform_rate_limited_total')).toEqual({ 'exact-online': 1 });
  });
});
