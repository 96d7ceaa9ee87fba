import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SYNC_TRIGGERS = ['schedule', 'webhook', 'manual', 'replay'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];

export const SYNC_MODES = ['incremental', 'full', 'reconciliation'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

export const SYNC_RUN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

/** One sync of one administration: what triggered it, what it did, how it ended. */
@Entity({ name: 'sync_runs' })
export class SyncRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'administration_id', type: 'uuid' })
  administrationId!: string;

  @Column({ type: 'text' })
  trigger!: SyncTrigger;

  @Column({ type: 'text', default: 'incremental' })
  mode!: SyncMode;

  @Column({ type: 'text', default: 'queued' })
  status!: SyncRunStatus;

  @Column({ type: 'integer', default: 1 })
  attempt!: number;

  /** The resources the run syncs, in order; null = the mode's default (sync-request.ts resourcesFor). */
  @Column({ type: 'text', array: true, nullable: true })
  resources!: string[] | null;

  /** The run this one replays (a replay is a new run linked to the old one). */
  @Column({ name: 'replay_of', type: 'uuid', nullable: true })
  replayOf!: string | null;

  /** Who asked for a manual run or replay (API key id or name), when someone did. */
  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'integer', default: 0 })
  fetched!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ type: 'integer', default: 0 })
  quarantined!: number;

  @Column({ name: 'api_calls', type: 'integer', default: 0 })
  apiCalls!: number;

  @Column({ name: 'error_class', type: 'text', nullable: true })
  errorClass!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ name: 'error_platform_status', type: 'integer', nullable: true })
  errorPlatformStatus!: number | null;

  @Column({ name: 'cursor_before', type: 'jsonb', nullable: true })
  cursorBefore!: unknown;

  @Column({ name: 'cursor_after', type: 'jsonb', nullable: true })
  cursorAfter!: unknown;

  @Column({ name: 'queued_at', type: 'timestamptz', default: () => 'now()' })
  queuedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Touched while running, so a crashed worker's run can be recognised as stale. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;
}
