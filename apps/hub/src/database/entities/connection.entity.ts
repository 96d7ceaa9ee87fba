import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Platform } from '@hub/mapping';

export const CONNECTION_STATUSES = ['active', 'needs_reconnect', 'revoked'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/**
 * One authorised link to a platform account. Credentials are AES-256-GCM ciphertext (see
 * security/credential-cipher.ts) bound to this row's id; `credentialsVersion` is bumped on every
 * write so a writer can detect a concurrent refresh or key rotation.
 */
@Entity({ name: 'connections' })
export class ConnectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  platform!: Platform;

  @Column({ type: 'text', default: 'active' })
  status!: ConnectionStatus;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** The platform's id for the authorising account (e.g. the Exact user id). */
  @Column({ name: 'external_account_id', type: 'text', nullable: true })
  externalAccountId!: string | null;

  /** Region host for platforms that have several (Exact Online). */
  @Column({ name: 'base_url', type: 'text', nullable: true })
  baseUrl!: string | null;

  @Column({ name: 'credentials_key_id', type: 'text', nullable: true })
  credentialsKeyId!: string | null;

  @Column({ name: 'credentials_ciphertext', type: 'bytea', nullable: true })
  credentialsCiphertext!: Buffer | null;

  @Column({ name: 'credentials_version', type: 'integer', default: 0 })
  credentialsVersion!: number;

  @Column({ name: 'last_error', type: 'jsonb', nullable: true })
  lastError!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
