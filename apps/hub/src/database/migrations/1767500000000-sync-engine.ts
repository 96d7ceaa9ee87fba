import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sync engine's bookkeeping on `sync_runs`:
 * - `resources`: what the run syncs (null = the mode's default), so a replay repeats it exactly;
 * - at most one queued non-replay run per administration and mode: a trigger arriving while one
 *   waits joins it (coalescing in the database, race-free, whatever the number of API processes);
 * - an index for the sweeper that finds runs whose worker died.
 */
export class SyncEngine1767500000000 implements MigrationInterface {
  readonly name = 'SyncEngine1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sync_runs ADD COLUMN resources text[]`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX sync_runs_one_queued_key
        ON sync_runs (administration_id, mode)
        WHERE status = 'queued' AND trigger <> 'replay'`);
    await queryRunner.query(`CREATE INDEX sync_runs_unfinished_idx ON sync_runs (status, heartbeat_at) WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX sync_runs_finished_idx ON sync_runs (tenant_id, administration_id, finished_at DESC) WHERE finished_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX sync_runs_finished_idx`);
    await queryRunner.query(`DROP INDEX sync_runs_unfinished_idx`);
    await queryRunner.query(`DROP INDEX sync_runs_one_queued_key`);
    await queryRunner.query(`ALTER TABLE sync_runs DROP COLUMN resources`);
  }
}
