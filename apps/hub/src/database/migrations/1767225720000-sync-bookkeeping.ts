import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sync runs, per-resource cursors and the quarantine of records that failed mapping. */
export class SyncBookkeeping1767225720000 implements MigrationInterface {
  readonly name = 'SyncBookkeeping1767225720000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sync_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        administration_id uuid NOT NULL,
        trigger text NOT NULL
          CONSTRAINT sync_runs_trigger_check CHECK (trigger IN ('schedule', 'webhook', 'manual', 'replay')),
        mode text NOT NULL DEFAULT 'incremental'
          CONSTRAINT sync_runs_mode_check CHECK (mode IN ('incremental', 'full', 'reconciliation')),
        status text NOT NULL DEFAULT 'queued'
          CONSTRAINT sync_runs_status_check CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed')),
        attempt integer NOT NULL DEFAULT 1 CONSTRAINT sync_runs_attempt_check CHECK (attempt >= 1),
        replay_of uuid REFERENCES sync_runs (id) ON DELETE SET NULL,
        requested_by text,
        fetched integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        quarantined integer NOT NULL DEFAULT 0,
        api_calls integer NOT NULL DEFAULT 0,
        error_class text,
        error_message text,
        error_platform_status integer,
        cursor_before jsonb,
        cursor_after jsonb,
        queued_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz,
        CONSTRAINT sync_runs_counts_check
          CHECK (fetched >= 0 AND created >= 0 AND updated >= 0 AND unchanged >= 0 AND quarantined >= 0 AND api_calls >= 0),
        CONSTRAINT sync_runs_administration_fk FOREIGN KEY (tenant_id, administration_id)
          REFERENCES administrations (tenant_id, id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX sync_runs_administration_idx ON sync_runs (tenant_id, administration_id, queued_at DESC)`);
    await queryRunner.query(`CREATE INDEX sync_runs_status_idx ON sync_runs (tenant_id, status, queued_at DESC)`);
    await queryRunner.query(`CREATE INDEX sync_runs_replay_of_idx ON sync_runs (replay_of) WHERE replay_of IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE sync_cursors (
        tenant_id uuid NOT NULL,
        administration_id uuid NOT NULL,
        resource text NOT NULL CONSTRAINT sync_cursors_resource_check CHECK (resource <> ''),
        cursor jsonb NOT NULL,
        last_success_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (administration_id, resource),
        CONSTRAINT sync_cursors_administration_fk FOREIGN KEY (tenant_id, administration_id)
          REFERENCES administrations (tenant_id, id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX sync_cursors_tenant_idx ON sync_cursors (tenant_id, administration_id)`);

    await queryRunner.query(`
      CREATE TABLE quarantined_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        administration_id uuid NOT NULL,
        resource text NOT NULL,
        external_id text,
        raw_payload jsonb NOT NULL,
        error jsonb NOT NULL,
        status text NOT NULL DEFAULT 'quarantined'
          CONSTRAINT quarantined_records_status_check CHECK (status IN ('quarantined', 'released')),
        occurrences integer NOT NULL DEFAULT 1 CONSTRAINT quarantined_records_occurrences_check CHECK (occurrences >= 1),
        first_run_id uuid REFERENCES sync_runs (id) ON DELETE SET NULL,
        last_run_id uuid REFERENCES sync_runs (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        CONSTRAINT quarantined_records_administration_fk FOREIGN KEY (tenant_id, administration_id)
          REFERENCES administrations (tenant_id, id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX quarantined_records_external_key
        ON quarantined_records (administration_id, resource, external_id)
        WHERE external_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX quarantined_records_tenant_idx
        ON quarantined_records (tenant_id, administration_id, status, created_at DESC)`);
    // ON DELETE SET NULL on the run references scans by run id without these.
    await queryRunner.query(`CREATE INDEX quarantined_records_first_run_idx ON quarantined_records (first_run_id)`);
    await queryRunner.query(`CREATE INDEX quarantined_records_last_run_idx ON quarantined_records (last_run_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE quarantined_records`);
    await queryRunner.query(`DROP TABLE sync_cursors`);
    await queryRunner.query(`DROP TABLE sync_runs`);
  }
}
