import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pending and completed SnelStart activations (snelstart.md §1.4). The ReferenceKey travels in the
 * activation link and comes back, unauthenticated, in every koppelsleutel webhook call, so only
 * its SHA-256 is stored. It is bound to the tenant and API key that asked for the link, expires,
 * and is consumed by the first `Create`; it then stays bound to the connection it created, which
 * its later `Regenerate` and `Delete` calls address.
 */
export class SnelStartActivations1767600000000 implements MigrationInterface {
  readonly name = 'SnelStartActivations1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE snelstart_activations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        api_key_id uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        reference_hash text NOT NULL
          CONSTRAINT snelstart_activations_reference_hash_key UNIQUE
          CONSTRAINT snelstart_activations_reference_hash_check CHECK (reference_hash ~ '^[0-9a-f]{64}$'),
        redirect_after text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        connection_id uuid,
        CONSTRAINT snelstart_activations_expiry_check CHECK (expires_at > created_at),
        CONSTRAINT snelstart_activations_bound_check CHECK (connection_id IS NULL OR consumed_at IS NOT NULL),
        CONSTRAINT snelstart_activations_connection_fk FOREIGN KEY (tenant_id, connection_id)
          REFERENCES connections (tenant_id, id) ON DELETE CASCADE
      )`);
    // Unused, expired activations are purged by age.
    await queryRunner.query(`CREATE INDEX snelstart_activations_expires_idx ON snelstart_activations (expires_at) WHERE consumed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE snelstart_activations`);
  }
}
