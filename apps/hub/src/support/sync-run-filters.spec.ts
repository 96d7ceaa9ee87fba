import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../http/pagination.js';
import { olderThan } from './page-cursor.js';
import { quarantineConditions } from './quarantine-filters.js';
import { SqlParams } from './sql-params.js';
import { syncRunConditions } from './sync-run-filters.js';

const TENANT = '6f1c3a52-7d0e-4b43-9a8e-2b1f3c4d5e6f';
const ADMINISTRATION = '0b5e9a1c-2d3f-4e5a-8b6c-7d8e9f0a1b2c';

describe('syncRunConditions', () => {
  it('scopes by tenant alone when no filter is given', () => {
    const params = new SqlParams();
    expect(syncRunConditions(params, TENANT, {})).toEqual(['tenant_id = $1::uuid']);
    expect(params.values).toEqual([TENANT]);
  });

  it('turns every filter into one condition with its own placeholder, `since` normalised to UTC', () => {
    const params = new SqlParams();
    const conditions = syncRunConditions(params, TENANT, {
      administrationId: ADMINISTRATION,
      statuses: ['failed', 'partial'],
      trigger: 'webhook',
      since: '2026-01-31T10:00:00+01:00',
      errorClass: 'auth',
    });
    expect(conditions).toEqual([
      'tenant_id = $1::uuid',
      'administration_id = $2::uuid',
      'status = ANY($3::text[])',
      'trigger = $4',
      'queued_at >= $5::timestamptz',
      'error_class = $6',
    ]);
    expect(params.values).toEqual([TENANT, ADMINISTRATION, ['failed', 'partial'], 'webhook', '2026-01-31T09:00:00.000Z', 'auth']);
  });

  it('reads a calendar date as midnight UTC', () => {
    const params = new SqlParams();
    syncRunConditions(params, TENANT, { since: '2026-03-01' });
    expect(params.values[1]).toBe('2026-03-01T00:00:00.000Z');
  });

  it('continues numbering after placeholders already taken', () => {
    const params = new SqlParams();
    params.add('first');
    expect(syncRunConditions(params, TENANT, { trigger: 'manual' })).toEqual(['tenant_id = $2::uuid', 'trigger = $3']);
  });
});

describe('quarantineConditions', () => {
  it('scopes by tenant and adds administration, status and resource filters', () => {
    const params = new SqlParams();
    expect(quarantineConditions(params, TENANT, { administrationId: ADMINISTRATION, status: 'quarantined', resource: 'invoices' })).toEqual([
      'tenant_id = $1::uuid',
      'administration_id = $2::uuid',
      'status = $3',
      'resource = $4',
    ]);
    expect(params.values).toEqual([TENANT, ADMINISTRATION, 'quarantined', 'invoices']);
  });
});

describe('newest-first keyset paging', () => {
  it('adds no condition on the first page', () => {
    expect(olderThan(new SqlParams(), 'queued_at', null)).toEqual([]);
  });

  it('continues strictly below the last row of the previous page', () => {
    const params = new SqlParams();
    const position = { createdAt: '2026-01-31 10:00:00.123456+00', id: ADMINISTRATION };
    expect(olderThan(params, 'queued_at', decodeCursor(encodeCursor(position)))).toEqual(['(queued_at, id) < ($1::timestamptz, $2::uuid)']);
    expect(params.values).toEqual([position.createdAt, position.id]);
  });

  it('refuses a cursor whose id is not a uuid with a 400 (not a database cast error)', () => {
    const forged = encodeCursor({ createdAt: '2026-01-31 10:00:00+00', id: "x'; DROP TABLE sync_runs" });
    expect(() => decodeCursor(forged)).toThrow(BadRequestException);
  });
});
