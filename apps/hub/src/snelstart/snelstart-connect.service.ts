import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { SnelStartCompanyInfo } from '@hub/connectors';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/roles.js';
import { ConnectionService } from '../connections/connection.service.js';
import { queryRows } from '../core/sql.js';
import { ACTIVATION_TTL_MS } from './activation-reference.js';
import { throwKeyCheckFailure } from './key-check-errors.js';
import type {
  ConnectSnelStartDto,
  ConnectSnelStartResponse,
  SnelStartAdministrationView,
  StartSnelStartActivationDto,
  StartSnelStartActivationResponse,
} from './snelstart-connect.dto.js';
import { SnelStartActivationStore } from './snelstart-activation.store.js';
import { SnelStartApp } from './snelstart-app.js';
import { SnelStartConnectionWriter } from './snelstart-connection.writer.js';

/** Both documented ways to connect a SnelStart administratie (§1.4): a pasted key, or the activation link. */
@Injectable()
export class SnelStartConnectService {
  private readonly logger = new Logger(SnelStartConnectService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SnelStartApp) private readonly app: SnelStartApp,
    @Inject(SnelStartConnectionWriter) private readonly writer: SnelStartConnectionWriter,
    @Inject(SnelStartActivationStore) private readonly activations: SnelStartActivationStore,
    @Inject(ConnectionService) private readonly connections: ConnectionService,
  ) {}

  /** Tests the key (companyInfo) before anything is stored; a refused key stores nothing. */
  async connectWithKey(principal: Principal, request: ConnectSnelStartDto): Promise<ConnectSnelStartResponse> {
    const companyInfo = await this.testKey(principal.tenantId, request.connectionKey);
    const saved = await this.writer.save({ tenantId: principal.tenantId, koppelsleutel: request.connectionKey, companyInfo, name: request.name ?? null });
    this.logger.log({ msg: 'SnelStart connection key stored', tenantId: principal.tenantId, connectionId: saved.connectionId, via: 'paste' });
    return {
      connection: await this.connections.get(principal.tenantId, saved.connectionId),
      administration: await this.administration(principal.tenantId, saved.administrationId),
    };
  }

  async startActivation(principal: Principal, request: StartSnelStartActivationDto): Promise<StartSnelStartActivationResponse> {
    if (!this.app.activationConfigured) {
      throw new ServiceUnavailableException('The SnelStart activation flow is not configured on this hub: set SNELSTART_SUBSCRIPTION_KEY and SNELSTART_APP_SHORT_NAME');
    }
    const redirectAfter = request.redirectAfter ?? null;
    const referenceKey = await this.activations.create({ tenantId: principal.tenantId, apiKeyId: principal.apiKeyId, redirectAfter });
    return {
      activationUrl: this.app.activationUrl(referenceKey, redirectAfter),
      expiresAt: new Date(Date.now() + ACTIVATION_TTL_MS).toISOString(),
    };
  }

  private async testKey(tenantId: string, koppelsleutel: string): Promise<SnelStartCompanyInfo> {
    try {
      return await this.app.companyInfoFor(tenantId, koppelsleutel);
    } catch (error) {
      throwKeyCheckFailure(error);
    }
  }

  private async administration(tenantId: string, id: string): Promise<SnelStartAdministrationView> {
    const [row] = await queryRows<{ id: string; external_id: string; name: string; connection_id: string; enabled: boolean }>(
      this.dataSource,
      `SELECT id, external_id, name, connection_id, enabled FROM administrations WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return { id: row.id, platform: 'snelstart', externalId: row.external_id, name: row.name, connectionId: row.connection_id, enabled: row.enabled };
  }
}
