// Fault `malformedRate`: some records in list responses come out broken the way a real platform
// bug would break them: a number as a formatted string, a key field missing, a date that is
// .NET's DateTime.MinValue. Which records break is decided by a hash of the record's URI (which
// carries its key or row version), so re-reading a page breaks the same records again, as a
// genuinely bad record would, until it changes.
import { createHash } from 'node:crypto';

const KEY_FIELDS = ['ID', 'Account', 'AccountId', 'InvoiceNumber', 'EntryID', 'Code', 'Timestamp'];
const MIN_DATE = '/Date(-62135596800000)/';

export function corruptRecords(rows: Array<Record<string, unknown>>, rate: number): void {
  if (rate <= 0) return;
  for (const row of rows) {
    // Without the origin: the sandbox's port must not change which records break.
    const draw = unitHash(metadataUri(row).replace(/^https?:\/\/[^/]+/, ''));
    if (draw >= rate) continue;
    corrupt(row, Math.floor((draw / rate) * 3));
  }
}

function corrupt(row: Record<string, unknown>, kind: number): void {
  const fields = Object.keys(row).filter((name) => name !== '__metadata');
  const numeric = fields.find((name) => typeof row[name] === 'number' && /Amount/.test(name)) ?? fields.find((name) => typeof row[name] === 'number');
  const key = fields.find((name) => KEY_FIELDS.includes(name));
  const date = fields.find((name) => typeof row[name] === 'string' && (row[name] as string).startsWith('/Date('));
  // Try the chosen kind first, then the others, so a narrow $select still gets some corruption.
  for (let attempt = 0; attempt < 3; attempt++) {
    const choice = (kind + attempt) % 3;
    if (choice === 0 && numeric !== undefined) {
      row[numeric] = (row[numeric] as number).toLocaleString('nl-NL', { minimumFractionDigits: 2 });
      return;
    }
    if (choice === 1 && key !== undefined) {
      delete row[key];
      return;
    }
    if (choice === 2 && date !== undefined) {
      row[date] = MIN_DATE;
      return;
    }
  }
}

function metadataUri(row: Record<string, unknown>): string {
  const metadata = row.__metadata;
  return typeof metadata === 'object' && metadata !== null && 'uri' in metadata && typeof metadata.uri === 'string' ? metadata.uri : JSON.stringify(row);
}

function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 4_294_967_296;
}
