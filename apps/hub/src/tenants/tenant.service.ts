import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '../auth/api-key.service.js';

export interface CreatedTenant {
  tenantId: string;
  apiKey: string;
}

@Injectable()
export class TenantService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ApiKeyService) private readonly apiKeys: ApiKeyService,
  ) {}

  /** A tenant (an accountancy firm) and its first admin key, together or not at all. */
  async createWithAdminKey(name: string): Promise<CreatedTenant> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) throw new RangeError('A tenant name must be 1 to 200 characters');
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(`INSERT INTO tenants (name) VALUES ($1) RETURNING id`, [trimmed]);
      const tenantId = rows[0].id;
      const { apiKey } = await this.apiKeys.create(tenantId, 'first admin key', 'admin', manager);
      return { tenantId, apiKey };
    });
  }
}
