import { parseSyncJobData } from './sync-job.js';

const IDS = { tenantId: '0b6c2f4e-1d3a-4c5b-8e7f-9a0b1c2d3e4f', administrationId: '5e1d2c3b-4a59-4687-a6b5-c4d3e2f1a0b9' };

describe('parseSyncJobData', () => {
  it('accepts ids, trigger, mode and optional resources', () => {
    expect(parseSyncJobData({ ...IDS, trigger: 'webhook', mode: 'incremental' })).toEqual({ ...IDS, trigger: 'webhook', mode: 'incremental' });
    expect(parseSyncJobData({ ...IDS, trigger: 'schedule', mode: 'reconciliation', resources: ['invoices'] })).toEqual({
      ...IDS,
      trigger: 'schedule',
      mode: 'reconciliation',
      resources: ['invoices'],
    });
  });

  it('refuses malformed data', () => {
    expect(parseSyncJobData(null)).toBeNull();
    expect(parseSyncJobData({ ...IDS, tenantId: 'tenant-1', trigger: 'webhook', mode: 'incremental' })).toBeNull();
    expect(parseSyncJobData({ ...IDS, trigger: 'cron', mode: 'incremental' })).toBeNull();
    expect(parseSyncJobData({ ...IDS, trigger: 'manual', mode: 'everything' })).toBeNull();
    expect(parseSyncJobData({ ...IDS, trigger: 'manual', mode: 'full', resources: ['debtors', 'orders'] })).toBeNull();
  });
});
