// Every TypeORM entity of the hub, listed explicitly (no globs: ESM and bundling safe).
// Entities have plain FK columns and no relation decorators: relations between ESM modules
// with decorator metadata run into TDZ errors on circular imports.
import { AdministrationEntity } from './administration.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ConnectionEntity } from './connection.entity.js';
import { DebtorEntity } from './debtor.entity.js';
import { InvoiceEntity } from './invoice.entity.js';
import { PaymentAllocationEntity } from './payment-allocation.entity.js';
import { PaymentEntity } from './payment.entity.js';
import { QuarantinedRecordEntity } from './quarantined-record.entity.js';
import { SyncCursorEntity } from './sync-cursor.entity.js';
import { SyncRunEntity } from './sync-run.entity.js';
import { TenantEntity } from './tenant.entity.js';

export * from './administration.entity.js';
export * from './api-key.entity.js';
export * from './connection.entity.js';
export * from './debtor.entity.js';
export * from './invoice.entity.js';
export * from './payment-allocation.entity.js';
export * from './payment.entity.js';
export * from './quarantined-record.entity.js';
export * from './sync-cursor.entity.js';
export * from './sync-run.entity.js';
export * from './tenant.entity.js';
export { CanonicalRowColumns } from './canonical-row.columns.js';

export const HUB_ENTITIES = [
  TenantEntity,
  ApiKeyEntity,
  ConnectionEntity,
  AdministrationEntity,
  DebtorEntity,
  InvoiceEntity,
  PaymentEntity,
  PaymentAllocationEntity,
  SyncRunEntity,
  SyncCursorEntity,
  QuarantinedRecordEntity,
] as const;
