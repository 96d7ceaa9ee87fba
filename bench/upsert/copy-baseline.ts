// The COPY baseline: the same invoice rows, hashes included, streamed with COPY FROM STDIN into
// a scratch table with the invoices columns (no indexes or constraints): the fastest way
// Postgres can take them in. A second table with the invoices indexes shows how much of the
// gap between the store and COPY is index maintenance.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CanonicalInvoice } from '@hub/mapping';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { INVOICE_TABLE } from '../../apps/hub/src/store/canonical-tables.js';
import { encodeRecord } from '../../apps/hub/src/store/table-spec.js';

/** Same columns, nothing else: the baseline the target ratio is measured against. */
export const COPY_TABLE = 'invoices_copy_baseline';
/** Same columns, indexes and checks as invoices (no foreign keys): shows what indexes cost. */
export const INDEXED_COPY_TABLE = 'invoices_copy_indexed';

// The columns the store writes, in the store's order: the same values, encoded the same way.
const COLUMNS = ['tenant_id', 'administration_id', 'external_id', ...INVOICE_TABLE.columns.map((spec) => spec.column), 'content_hash'];

export async function createCopyTables(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE ${COPY_TABLE} (LIKE invoices INCLUDING DEFAULTS)`);
  await client.query(`CREATE TABLE ${INDEXED_COPY_TABLE} (LIKE invoices INCLUDING ALL)`);
}

export async function truncateCopyTable(client: pg.Client, table = COPY_TABLE): Promise<void> {
  await client.query(`TRUNCATE ${table}`);
}

/** Streams the rows with COPY; returns the row count Postgres reports. */
export async function copyInvoices(
  client: pg.Client,
  tenantId: string,
  invoices: readonly CanonicalInvoice[],
  table = COPY_TABLE,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${COLUMNS.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines(tenantId, invoices)), stream);
  return stream.rowCount;
}

function* lines(tenantId: string, invoices: readonly CanonicalInvoice[]): Generator<string> {
  const chunk: string[] = [];
  for (const invoice of invoices) {
    const { externalId, values, hash } = encodeRecord(INVOICE_TABLE, invoice);
    const fields = [tenantId, invoice.source.administrationId, text(externalId), ...values.map(text), `\\\\x${hash.toString('hex')}`];
    chunk.push(fields.join('\t'));
    if (chunk.length === 1000) {
      yield `${chunk.join('\n')}\n`;
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}

// COPY text format: NULL is \N; backslash, tab, newline and carriage return are escaped.
function text(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
