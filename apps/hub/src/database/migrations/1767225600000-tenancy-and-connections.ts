import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenants, their API keys, platform connections and administrations.
 * `UNIQUE (tenant_id, id)` on connections and administrations lets child tables reference them
 * together with the tenant, so a row can never point at another tenant's parent.
 */
export class TenancyAndConnections1767225600000 implements MigrationInterface {
  readonly name = 'TenancyAndConnections1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT tenants_name_not_blank CHECK (btrim(name) <> ''),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        name text NOT NULL,
        role text NOT NULL CONSTRAINT api_keys_role_check CHECK (role IN ('admin', 'accountant', 'support')),
        key_prefix text NOT NULL CONSTRAINT api_keys_key_prefix_key UNIQUE,
        key_hash text NOT NULL CONSTRAINT api_keys_key_hash_check CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE connections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        platform text NOT NULL
          CONSTRAINT connections_platform_check CHECK (platform IN ('exact-online', 'snelstart', 'e-boekhouden')),
        status text NOT NULL DEFAULT 'active'
          CONSTRAINT connections_status_check CHECK (status IN ('active', 'needs_reconnect', 'revoked')),
        display_name text NOT NULL,
        external_account_id text,
        base_url text,
        credentials_key_id text,
        credentials_ciphertext bytea,
        credentials_version integer NOT NULL DEFAULT 0,
        last_error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT connections_tenant_id_id_key UNIQUE (tenant_id, id),
        CONSTRAINT connections_credentials_complete
          CHECK ((credentials_key_id IS NULL) = (credentials_ciphertext IS NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX connections_external_account_key
        ON connections (tenant_id, platform, external_account_id)
        WHERE external_account_id IS NOT NULL`);

    // A connection that still has administrations is revoked, not deleted: NO ACTION (checked at
    // the end of the statement) refuses that, yet lets a tenant delete cascade through both.
    await queryRunner.query(`
      CREATE TABLE administrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
        connection_id uuid NOT NULL,
        platform text NOT NULL
          CONSTRAINT administrations_platform_check CHECK (platform IN ('exact-online', 'snelstart', 'e-boekhouden')),
        external_id text NOT NULL,
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        sync_schedule jsonb,
        dunning_policy_id uuid,
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT administrations_tenant_id_id_key UNIQUE (tenant_id, id),
        CONSTRAINT administrations_platform_external_key UNIQUE (tenant_id, platform, external_id),
        CONSTRAINT administrations_connection_fk FOREIGN KEY (tenant_id, connection_id)
          REFERENCES connections (tenant_id, id) ON DELETE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX administrations_connection_idx ON administrations (tenant_id, connection_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE administrations`);
    await queryRunner.query(`DROP TABLE connections`);
    await queryRunner.query(`DROP TABLE api_keys`);
    await queryRunner.query(`DROP TABLE tenants`);
  }
}
