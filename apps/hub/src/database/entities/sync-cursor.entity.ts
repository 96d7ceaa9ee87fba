import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where the next incremental sync of one resource of one administration starts. */
@Entity({ name: 'sync_cursors' })
export class SyncCursorEntity {
  @PrimaryColumn({ name: 'administration_id', type: 'uuid' })
  administrationId!: string;

  @PrimaryColumn({ type: 'text' })
  resource!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** The connector's cursor, parsed JSON: the connector checks its shape. */
  @Column({ type: 'jsonb' })
  cursor!: unknown;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
