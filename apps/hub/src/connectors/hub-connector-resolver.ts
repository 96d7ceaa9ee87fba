import { Inject, Injectable } from '@nestjs/common';
import { type Connector, ConnectorError, createExactOnlineConnector, createSnelStartConnector } from '@hub/connectors';
import type { Platform } from '@hub/mapping';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { ExactOnlineApp } from '../exact-online/exact-online-app.js';
import { ExactTokenSources } from '../exact-online/exact-token-sources.js';
import { MetricsService } from '../observability/metrics.service.js';
import { SnelStartApp } from '../snelstart/snelstart-app.js';
import { SnelStartConnectionTokenSources } from '../snelstart/snelstart-token-sources.js';
import type { ConnectorResolver, ResolvedConnector } from '../sync/connector-resolver.js';
import { platformCallMetrics } from './platform-call-metrics.js';

interface BindingRow {
  administration_id: string;
  external_id: string;
  platform: Platform;
  connection_id: string;
  connection_status: string;
  base_url: string | null;
}

/**
 * Builds the connector for one administration of the caller's tenant, bound to its connection's
 * credentials. A connection that needs a reconnect yields an `auth` error before any platform call.
 * Every platform call its connectors send is counted in the Prometheus metrics (MetricsModule is global).
 */
@Injectable()
export class HubConnectorResolver implements ConnectorResolver {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ExactOnlineApp) private readonly exactApp: ExactOnlineApp,
    @Inject(ExactTokenSources) private readonly exactTokens: ExactTokenSources,
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(SnelStartApp) private readonly snelStartApp: SnelStartApp,
    @Inject(SnelStartConnectionTokenSources) private readonly snelStartTokens: SnelStartConnectionTokenSources,
  ) {}

  async resolve(tenantId: string, administrationId: string): Promise<ResolvedConnector> {
    const [row] = await queryRows<BindingRow>(
      this.dataSource,
      `SELECT a.id AS administration_id, a.external_id, a.platform, c.id AS connection_id, c.status AS connection_status, c.base_url
         FROM administrations a JOIN connections c ON c.tenant_id = a.tenant_id AND c.id = a.connection_id
        WHERE a.tenant_id = $1 AND a.id = $2`,
      [tenantId, administrationId],
    );
    if (!row) throw new ConnectorError({ platform: 'exact-online', errorClass: 'not_found', message: `Administration ${administrationId} not found` });
    if (row.connection_status !== 'active') {
      throw new ConnectorError({ platform: row.platform, errorClass: 'auth', message: `The connection is ${row.connection_status}: reconnect it to sync again` });
    }
    return { connector: this.connectorFor(row), scope: { tenantId, administrationId } };
  }

  private connectorFor(row: BindingRow): Connector {
    if (row.platform === 'exact-online') {
      return createExactOnlineConnector(
        { administrationId: row.administration_id, externalId: row.external_id, baseUrl: row.base_url ?? this.exactApp.defaultBaseUrl },
        { tokens: this.exactTokens.forConnection(row.connection_id) },
        { clientId: this.exactApp.clientId, rateLimits: this.exactApp.rateLimits, onCall: platformCallMetrics(this.metrics, 'exact-online') },
      );
    }
    if (row.platform === 'snelstart' && this.snelStartApp.configured) {
      // One API URL for every administratie (§2.1); the token source and limiter are keyed by our administration id.
      const settings = this.snelStartApp.settings;
      return createSnelStartConnector(
        { administrationId: row.administration_id, externalId: row.external_id, baseUrl: settings.apiUrl },
        { tokens: this.snelStartTokens.forConnection(row.connection_id, row.administration_id) },
        settings,
      );
    }
    const reason = row.platform === 'snelstart' ? 'SnelStart is not configured on this hub (SNELSTART_SUBSCRIPTION_KEY)' : `Syncing ${row.platform} administrations is not available yet`;
    throw new ConnectorError({ platform: row.platform, errorClass: 'invalid_request', message: reason });
  }
}
