// A connector for division 123456 on the NL host, on the test kit's virtual time and fresh registries.
import type { Connector } from '../../port/connector.js';
import { createExactOnlineConnector, type ExactConnectorOptions } from '../connector.js';
import { DIVISION, kit, ORIGIN, type Kit } from './exact-test-kit.js';

export const ADMINISTRATION_ID = 'adm-7f3a';

export function exactConnector(options: Partial<ExactConnectorOptions> = {}): Kit & { connector: Connector } {
  const parts = kit();
  const connector = createExactOnlineConnector(
    { administrationId: ADMINISTRATION_ID, externalId: DIVISION, baseUrl: ORIGIN },
    { tokens: parts.tokens },
    { ...parts.settings, mapping: { instantZone: 'UTC' }, ...options },
  );
  return { ...parts, connector };
}
