import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pending OAuth authorisations (connect flows). Only a SHA-256 of each `state` is stored, so a
 * database reader cannot complete someone else's flow. A state is bound to the tenant and API
 * key that started it, single-use (`consumed_at`) and short-lived (`expires_at`).
 */
export class OAuthStates1767400000000 implements MigrationInterface {
  readonly name = 'OAuthStates1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oauth_states (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        api_key_id uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        platform text NOT NULL
          CONSTRAINT oauth_states_platform_check CHECK (platform IN ('exact-online', 'snelstart', 'e-boekhouden')),
        state_hash text NOT NULL
          CONSTRAINT oauth_states_state_hash_key UNIQUE
          CONSTRAINT oauth_states_state_hash_check CHECK (state_hash ~ '^[0-9a-f]{64}$'),
        base_url text NOT NULL,
        redirect_after text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        CONSTRAINT oauth_states_expiry_check CHECK (expires_at > created_at)
      )`);
    // Expired states are purged by age.
    await queryRunner.query(`CREATE INDEX oauth_states_expires_idx ON oauth_states (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oauth_states`);
  }
}
