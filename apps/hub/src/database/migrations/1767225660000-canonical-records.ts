import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The canonical debtors, invoices and payments (libs/mapping canonical.ts), one row per
 * `(administration_id, external_id)`. Rows reference their administration together with the
 * tenant, so tenant_id is always the administration's tenant. `content_hash` is SHA-256 of the
 * canonical record (see store/content-hash.ts); `removed_at` marks records the platform deleted.
 */
export class CanonicalRecords1767225660000 implements MigrationInterface {
  readonly name = 'CanonicalRecords1767225660000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE debtors (
        ${commonColumns('debtors')},
        code text,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT debtors_kind_check CHECK (kind IN ('business', 'consumer')),
        emails text[] NOT NULL DEFAULT '{}',
        phone text,
        address jsonb,
        chamber_of_commerce text,
        vat_number text,
        iban text,
        language text NOT NULL CONSTRAINT debtors_language_check CHECK (language IN ('nl', 'en')),
        payment_term_days integer,
        active boolean NOT NULL,
        platform_modified_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX debtors_code_idx ON debtors (tenant_id, administration_id, code)`);

    await queryRunner.query(`
      CREATE TABLE invoices (
        ${commonColumns('invoices')},
        number text NOT NULL,
        kind text NOT NULL CONSTRAINT invoices_kind_check CHECK (kind IN ('invoice', 'credit_note')),
        debtor_external_id text NOT NULL,
        issue_date date NOT NULL,
        due_date date NOT NULL,
        currency char(3) NOT NULL CONSTRAINT invoices_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
        total_cents bigint NOT NULL,
        open_cents bigint NOT NULL,
        status text NOT NULL
          CONSTRAINT invoices_status_check CHECK (status IN ('open', 'partially_paid', 'paid', 'credited', 'cancelled')),
        description text,
        platform_modified_at timestamptz
      )`);
    // Dunning reads the open, not removed invoices of one administration by due date.
    await queryRunner.query(`
      CREATE INDEX invoices_open_due_idx ON invoices (tenant_id, administration_id, status, due_date)
        WHERE status IN ('open', 'partially_paid') AND removed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX invoices_debtor_idx ON invoices (tenant_id, administration_id, debtor_external_id)`);

    await queryRunner.query(`
      CREATE TABLE payments (
        ${commonColumns('payments')},
        debtor_external_id text,
        amount_cents bigint NOT NULL,
        currency char(3) NOT NULL CONSTRAINT payments_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
        payment_date date NOT NULL,
        method text,
        origin text NOT NULL CONSTRAINT payments_origin_check CHECK (origin IN ('platform', 'hub')),
        platform_modified_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX payments_date_idx ON payments (tenant_id, administration_id, payment_date)`);

    await queryRunner.query(`
      CREATE TABLE payment_allocations (
        payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL,
        administration_id uuid NOT NULL,
        invoice_external_id text NOT NULL,
        amount_cents bigint NOT NULL,
        PRIMARY KEY (payment_id, invoice_external_id),
        CONSTRAINT payment_allocations_administration_fk FOREIGN KEY (tenant_id, administration_id)
          REFERENCES administrations (tenant_id, id) ON DELETE CASCADE
      )`);
    // "Which payments settle this invoice": dunning stops for a paid invoice.
    await queryRunner.query(`
      CREATE INDEX payment_allocations_invoice_idx
        ON payment_allocations (tenant_id, administration_id, invoice_external_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_allocations`);
    await queryRunner.query(`DROP TABLE payments`);
    await queryRunner.query(`DROP TABLE invoices`);
    await queryRunner.query(`DROP TABLE debtors`);
  }
}

function commonColumns(table: string): string {
  return `
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id uuid NOT NULL,
        administration_id uuid NOT NULL,
        external_id text NOT NULL,
        content_hash bytea NOT NULL CONSTRAINT ${table}_content_hash_check CHECK (octet_length(content_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        CONSTRAINT ${table}_administration_external_key UNIQUE (administration_id, external_id),
        CONSTRAINT ${table}_administration_fk FOREIGN KEY (tenant_id, administration_id)
          REFERENCES administrations (tenant_id, id) ON DELETE CASCADE`;
}
