import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { queryRows } from '../core/sql.js';
import { DataSource } from 'typeorm';
import { CURSOR_COLUMN, decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../http/pagination.js';
import { type AdministrationView, DEFAULT_SYNC_SCHEDULE, type SyncSchedule, type UpdateAdministrationDto } from './administration.dto.js';

interface AdministrationRow {
  id: string;
  platform: string;
  external_id: string;
  name: string;
  connection_id: string;
  enabled: boolean;
  sync_schedule: Partial<SyncSchedule> | null;
  dunning_policy_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, platform, external_id, name, connection_id, enabled, sync_schedule, dunning_policy_id, created_at, updated_at';

/** Administrations of the caller's tenant only: another tenant's administration is simply not found. */
@Injectable()
export class AdministrationService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(tenantId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<AdministrationView>> {
    const after = decodeCursor(cursor);
    const rows = await queryRows<AdministrationRow & { cursor_created_at: string }>(this.dataSource, 
      `SELECT ${COLUMNS}, ${CURSOR_COLUMN} FROM administrations
        WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [tenantId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return toPage(rows, limit, present);
  }

  async get(tenantId: string, id: string): Promise<AdministrationView> {
    const rows = await queryRows<AdministrationRow>(this.dataSource, `SELECT ${COLUMNS} FROM administrations WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    if (!rows[0]) throw new NotFoundException(`Administration ${id} not found`);
    return present(rows[0]);
  }

  async update(tenantId: string, id: string, change: UpdateAdministrationDto): Promise<AdministrationView> {
    const rows = await queryRows<AdministrationRow>(this.dataSource, 
      `UPDATE administrations SET
          sync_schedule = CASE WHEN $3::jsonb IS NULL THEN sync_schedule ELSE COALESCE(sync_schedule, '{}'::jsonb) || $3::jsonb END,
          dunning_policy_id = CASE WHEN $4::boolean THEN $5::uuid ELSE dunning_policy_id END,
          enabled = COALESCE($6::boolean, enabled),
          updated_at = now()
        WHERE tenant_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      [
        tenantId,
        id,
        change.syncSchedule ? JSON.stringify(change.syncSchedule) : null,
        change.dunningPolicyId !== undefined,
        change.dunningPolicyId ?? null,
        change.enabled ?? null,
      ],
    );
    if (!rows[0]) throw new NotFoundException(`Administration ${id} not found`);
    return present(rows[0]);
  }
}

function present(row: AdministrationRow): AdministrationView {
  return {
    id: row.id,
    platform: row.platform,
    externalId: row.external_id,
    name: row.name,
    connectionId: row.connection_id,
    enabled: row.enabled,
    syncSchedule: { ...DEFAULT_SYNC_SCHEDULE, ...(row.sync_schedule ?? {}) },
    dunningPolicyId: row.dunning_policy_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
