// How the sync engine gets a connector for an administration. The hub implements this per
// platform (credentials, region host, token source); the engine only asks.
import type { Connector } from '@hub/connectors';
import type { StoreScope } from '../store/index.js';

export interface ResolvedConnector {
  connector: Connector;
  /** The administration the connector is bound to; must be the one asked for. */
  scope: StoreScope;
}

export interface ConnectorResolver {
  /** Throws ConnectorError('auth') when the connection needs a reconnect; the run records it. */
  resolve(tenantId: string, administrationId: string): Promise<ResolvedConnector>;
}

/** Injection token for the ConnectorResolver (see SyncModule.forRoot). */
export const CONNECTOR_RESOLVER = Symbol('CONNECTOR_RESOLVER');
