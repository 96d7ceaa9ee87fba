import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { CURSOR_COLUMN, decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../http/pagination.js';
import { isUuid } from '../store/store-scope.js';
import { olderThan } from './page-cursor.js';
import { presentQuarantined, presentQuarantinedDetail, QUARANTINE_COLUMNS, type QuarantineDetailRow, type QuarantineRow } from './present-quarantine.js';
import type { QuarantineListQuery } from './quarantine.dto.js';
import { quarantineConditions } from './quarantine-filters.js';
import type { QuarantinedRecordDetailView, QuarantinedRecordView } from './quarantine.view.js';
import { SqlParams } from './sql-params.js';

/** Reads quarantined records of the caller's tenant, newest first; another tenant's record is not found. */
@Injectable()
export class QuarantineQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(tenantId: string, query: QuarantineListQuery): Promise<Page<QuarantinedRecordView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParams();
    const conditions = [
      ...quarantineConditions(params, tenantId, { administrationId: query.administrationId, status: query.status, resource: query.resource }),
      ...olderThan(params, 'created_at', decodeCursor(query.cursor)),
    ];
    const rows = await queryRows<QuarantineRow & { cursor_created_at: string }>(
      this.dataSource,
      `SELECT ${QUARANTINE_COLUMNS}, ${CURSOR_COLUMN} FROM quarantined_records
        WHERE ${conditions.join(' AND ')}
        ORDER BY created_at DESC, id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, presentQuarantined);
  }

  async get(tenantId: string, id: string): Promise<QuarantinedRecordDetailView> {
    const row = await this.findRow(tenantId, id);
    if (row === null) throw new NotFoundException(`Quarantined record ${id} not found`);
    return presentQuarantinedDetail(row);
  }

  /** The tenant's quarantined record with its raw payload, or null. */
  async findRow(tenantId: string, id: string): Promise<QuarantineDetailRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await queryRows<QuarantineDetailRow>(
      this.dataSource,
      `SELECT ${QUARANTINE_COLUMNS}, raw_payload FROM quarantined_records WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return row ?? null;
  }
}
