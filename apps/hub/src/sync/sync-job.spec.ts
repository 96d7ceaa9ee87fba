import { parseResources, parseSyncJobData, resumeJobId, syncJobId } from './sync-job.js';

const IDS = {
  tenantId: '0b6c2f4e-1d3a-4c5b-8e7f-9a0b1c2d3e4f',
  administrationId: '5e1d2c3b-4a59-4687-a6b5-c4d3e2f1a0b9',
  runId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
};

describe('parseSyncJobData', () => {
  it('accepts the three ids and keeps nothing else', () => {
    expect(parseSyncJobData(IDS)).toEqual(IDS);
    expect(parseSyncJobData({ ...IDS, mode: 'full', token: 'secret' })).toEqual(IDS);
  });

  it('refuses malformed data', () => {
    expect(parseSyncJobData(null)).toBeNull();
    expect(parseSyncJobData('run')).toBeNull();
    expect(parseSyncJobData({ ...IDS, tenantId: 'tenant-1' })).toBeNull();
    expect(parseSyncJobData({ ...IDS, runId: undefined })).toBeNull();
    expect(parseSyncJobData({ ...IDS, administrationId: 42 })).toBeNull();
  });
});

describe('parseResources', () => {
  it('reads a stored resource list, or none', () => {
    expect(parseResources(['debtors', 'invoices'])).toEqual(['debtors', 'invoices']);
    expect(parseResources(null)).toBeUndefined();
    expect(parseResources(['debtors', 'orders'])).toBeUndefined();
  });
});

describe('job ids', () => {
  it('name the run, and a resume names its attempt (BullMQ refuses ":" in custom ids)', () => {
    expect(syncJobId(IDS.runId)).toBe(`run-${IDS.runId}`);
    expect(resumeJobId(IDS.runId, 3)).toBe(`run-${IDS.runId}-resume-3`);
    expect(syncJobId(IDS.runId)).not.toContain(':');
  });
});
