import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const QUARANTINE_STATUSES = ['quarantined', 'released'] as const;
export type QuarantineStatus = (typeof QUARANTINE_STATUSES)[number];

/** The mapping error as stored (MappingError.toJSON()). */
export interface QuarantineError {
  field: string;
  rawValue: unknown;
  reason: string;
  message: string;
}

/** A platform record that failed mapping, kept with its raw payload for support and replay. */
@Entity({ name: 'quarantined_records' })
export class QuarantinedRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'administration_id', type: 'uuid' })
  administrationId!: string;

  @Column({ type: 'text' })
  resource!: string;

  /** Null when the raw record had no usable id; such records are never merged. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'raw_payload', type: 'jsonb' })
  rawPayload!: unknown;

  @Column({ type: 'jsonb' })
  error!: QuarantineError;

  @Column({ type: 'text', default: 'quarantined' })
  status!: QuarantineStatus;

  /** How many runs saw this record fail. */
  @Column({ type: 'integer', default: 1 })
  occurrences!: number;

  @Column({ name: 'first_run_id', type: 'uuid', nullable: true })
  firstRunId!: string | null;

  @Column({ name: 'last_run_id', type: 'uuid', nullable: true })
  lastRunId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;
}
