import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every stored canonical record (debtor, invoice, payment) has. Rows are written by
 * store/canonical-store.ts with hand-written upserts; the entities serve reads.
 */
export abstract class CanonicalRowColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'administration_id', type: 'uuid' })
  administrationId!: string;

  /** The platform's id; unique within the administration. */
  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  /** SHA-256 of the canonical record without `source`: an unchanged record costs no write. */
  @Column({ name: 'content_hash', type: 'bytea' })
  contentHash!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Set when the platform deleted the record; deletions are marked, never erased. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}
