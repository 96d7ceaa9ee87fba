import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { queryRows } from '../core/sql.js';
import { DataSource } from 'typeorm';
import { CURSOR_COLUMN, decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../http/pagination.js';
import { type AdministrationView, type UpdateAdministrationDto } from './administration.dto.js';
import { administrationViewSql, type AdministrationViewRow, presentAdministration } from './administration-view.query.js';

/** Administrations of the caller's tenant only: another tenant's administration is simply not found. */
@Injectable()
export class AdministrationService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(tenantId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<AdministrationView>> {
    const after = decodeCursor(cursor);
    // The page is chosen on administrations alone; the LATERAL joins then run for its rows only.
    const rows = await queryRows<AdministrationViewRow & { cursor_created_at: string }>(
      this.dataSource,
      `WITH page AS (
         SELECT * FROM administrations
          WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
          ORDER BY created_at, id LIMIT $4
       )
       ${administrationViewSql('page', `, a.${CURSOR_COLUMN}`)}
       ORDER BY a.created_at, a.id`,
      [tenantId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return toPage(rows, limit, presentAdministration);
  }

  async get(tenantId: string, id: string): Promise<AdministrationView> {
    const rows = await queryRows<AdministrationViewRow>(this.dataSource, `${administrationViewSql('administrations')} WHERE a.tenant_id = $1 AND a.id = $2`, [tenantId, id]);
    if (!rows[0]) throw new NotFoundException(`Administration ${id} not found`);
    return presentAdministration(rows[0]);
  }

  async update(tenantId: string, id: string, change: UpdateAdministrationDto): Promise<AdministrationView> {
    // One statement: the view is read from the UPDATE's RETURNING, so it shows the change.
    const rows = await queryRows<AdministrationViewRow>(
      this.dataSource,
      `WITH updated AS (
         UPDATE administrations SET
            sync_schedule = CASE WHEN $3::jsonb IS NULL THEN sync_schedule ELSE COALESCE(sync_schedule, '{}'::jsonb) || $3::jsonb END,
            dunning_policy_id = CASE WHEN $4::boolean THEN $5::uuid ELSE dunning_policy_id END,
            enabled = COALESCE($6::boolean, enabled),
            updated_at = now()
          WHERE tenant_id = $1 AND id = $2
          RETURNING *
       )
       ${administrationViewSql('updated')}`,
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
    return presentAdministration(rows[0]);
  }
}
