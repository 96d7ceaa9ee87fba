import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Platform } from '@hub/mapping';

/** One client bookkeeping: an Exact division, a SnelStart administration, an e-Boekhouden account. */
@Entity({ name: 'administrations' })
export class AdministrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId!: string;

  @Column({ type: 'text' })
  platform!: Platform;

  /** The platform's id for it, e.g. the Exact division code. */
  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** Parsed JSON (shape owned by the scheduler); null means the default schedule. */
  @Column({ name: 'sync_schedule', type: 'jsonb', nullable: true })
  syncSchedule!: unknown;

  /** Plain uuid until dunning policies get their table. */
  @Column({ name: 'dunning_policy_id', type: 'uuid', nullable: true })
  dunningPolicyId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
