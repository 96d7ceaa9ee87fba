import { presentQuarantineSample, presentQuarantinedDetail } from './present-quarantine.js';
import { presentSyncRun, type SyncRunRow } from './present-sync-run.js';

function runRow(fields: Partial<SyncRunRow> = {}): SyncRunRow {
  return {
    id: 'run-1',
    administration_id: 'adm-1',
    trigger: 'replay',
    mode: 'incremental',
    status: 'failed',
    attempt: 2,
    requested_by: 'api-key:key-1',
    resources: ['invoices'],
    replay_of: 'run-0',
    fetched: 12,
    created: 3,
    updated: 4,
    unchanged: 4,
    quarantined: 1,
    api_calls: 7,
    error_class: 'rate_limited',
    error_message: 'Too many requests',
    error_platform_status: 429,
    cursor_before: { invoices: { offset: 0 } },
    cursor_after: { invoices: { offset: 12 } },
    queued_at: new Date('2026-01-31T10:00:00.000Z'),
    started_at: new Date('2026-01-31T10:00:01.000Z'),
    finished_at: new Date('2026-01-31T10:00:09.500Z'),
    ...fields,
  };
}

describe('presentSyncRun', () => {
  it('shows every contract field in API names, counts flat, error classified', () => {
    expect(presentSyncRun(runRow())).toEqual({
      id: 'run-1',
      administrationId: 'adm-1',
      trigger: 'replay',
      mode: 'incremental',
      status: 'failed',
      attempt: 2,
      requestedBy: 'api-key:key-1',
      resources: ['invoices'],
      replayOf: 'run-0',
      fetched: 12,
      created: 3,
      updated: 4,
      unchanged: 4,
      quarantined: 1,
      apiCalls: 7,
      error: { class: 'rate_limited', message: 'Too many requests', platformStatus: 429 },
      cursorBefore: { invoices: { offset: 0 } },
      cursorAfter: { invoices: { offset: 12 } },
      queuedAt: '2026-01-31T10:00:00.000Z',
      startedAt: '2026-01-31T10:00:01.000Z',
      finishedAt: '2026-01-31T10:00:09.500Z',
    });
  });

  it('has a null error while nothing failed, and leaves platformStatus out when the platform never answered', () => {
    expect(presentSyncRun(runRow({ error_class: null, error_message: null, error_platform_status: null })).error).toBeNull();
    expect(presentSyncRun(runRow({ error_class: 'internal', error_message: 'boom', error_platform_status: null })).error).toEqual({ class: 'internal', message: 'boom' });
  });

  it('shows a queued run with null times and cursors', () => {
    const view = presentSyncRun(runRow({ status: 'queued', started_at: null, finished_at: null, cursor_before: null, cursor_after: null }));
    expect(view).toMatchObject({ startedAt: null, finishedAt: null, cursorBefore: null, cursorAfter: null });
  });
});

describe('quarantine views', () => {
  const row = {
    id: 'q-1',
    administration_id: 'adm-1',
    resource: 'invoices',
    external_id: 'I-9',
    status: 'quarantined' as const,
    error: { field: 'AmountDC', rawValue: 'twelve', reason: 'not a number', message: 'AmountDC: not a number (got "twelve")' },
    occurrences: 3,
    first_run_id: 'run-0',
    last_run_id: 'run-1',
    created_at: new Date('2026-01-30T08:00:00.000Z'),
    updated_at: new Date('2026-01-31T08:00:00.000Z'),
    released_at: null,
    raw_payload: { ID: 'I-9', AmountDC: 'twelve' },
  };

  it('shows the raw payload only in the single-record view', () => {
    expect(presentQuarantinedDetail(row)).toEqual({
      id: 'q-1',
      administrationId: 'adm-1',
      resource: 'invoices',
      externalId: 'I-9',
      status: 'quarantined',
      error: row.error,
      occurrences: 3,
      firstRunId: 'run-0',
      lastRunId: 'run-1',
      createdAt: '2026-01-30T08:00:00.000Z',
      updatedAt: '2026-01-31T08:00:00.000Z',
      releasedAt: null,
      rawPayload: { ID: 'I-9', AmountDC: 'twelve' },
    });
    expect(presentQuarantineSample(row)).toEqual({ id: 'q-1', resource: 'invoices', externalId: 'I-9', error: row.error, status: 'quarantined' });
  });
});
