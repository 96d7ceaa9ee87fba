import { type DataSource, type EntityManager } from 'typeorm';
import { connectionCredentialsAad, type CredentialCipher, type EncryptedCredentials } from './credential-cipher.js';
import { CredentialDecryptionError, UnknownEncryptionKeyError } from './security-errors.js';

export interface RotationFailure {
  connectionId: string;
  keyId: string;
  /** Safe to log: names the failure, never the credentials. */
  reason: string;
}

export interface RotationReport {
  rotated: number;
  failed: RotationFailure[];
}

export interface RotationOptions {
  /** Connections re-encrypted per transaction (default 100). */
  batchSize?: number;
}

interface StoredCredentials {
  id: string;
  credentials_key_id: string;
  credentials_ciphertext: Buffer;
}

/**
 * Re-encrypts, with the current key, the credentials of every connection (all tenants) that
 * were encrypted with another key. Works in batches, each in its own transaction with the rows
 * locked, and bumps credentials_version so a concurrent writer's optimistic check fails and it
 * re-reads. A row that cannot be decrypted is reported and left as it is; the rest go on.
 * Once `failed` is empty, older keys can be removed from HUB_ENCRYPTION_KEYS.
 */
export async function rotateConnectionCredentials(
  dataSource: DataSource,
  cipher: CredentialCipher,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 100;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  const report: RotationReport = { rotated: 0, failed: [] };
  // Keyset pagination by id: every row is visited once, so rows that fail do not loop forever.
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await dataSource.transaction((manager) => rotateBatch(manager, cipher, afterId, batchSize));
    report.rotated += batch.rotated;
    report.failed.push(...batch.failed);
    if (batch.lastId === null) return report;
    afterId = batch.lastId;
  }
}

async function rotateBatch(
  manager: EntityManager,
  cipher: CredentialCipher,
  afterId: string,
  batchSize: number,
): Promise<RotationReport & { lastId: string | null }> {
  const rows: StoredCredentials[] = await manager.query(
    `SELECT id, credentials_key_id, credentials_ciphertext
       FROM connections
      WHERE credentials_ciphertext IS NOT NULL AND credentials_key_id <> $1 AND id > $2
      ORDER BY id
      LIMIT $3
        FOR UPDATE`,
    [cipher.currentKeyId, afterId, batchSize],
  );
  if (rows.length === 0) return { rotated: 0, failed: [], lastId: null };

  const ids: string[] = [];
  const ciphertexts: Buffer[] = [];
  const failed: RotationFailure[] = [];
  for (const row of rows) {
    const result = tryReencrypt(cipher, row);
    if ('reason' in result) {
      failed.push(result);
    } else {
      ids.push(row.id);
      ciphertexts.push(result.ciphertext);
    }
  }
  if (ids.length > 0) {
    await manager.query(
      `UPDATE connections AS c
          SET credentials_key_id = $1,
              credentials_ciphertext = u.ciphertext,
              credentials_version = c.credentials_version + 1,
              updated_at = now()
         FROM unnest($2::uuid[], $3::bytea[]) AS u(id, ciphertext)
        WHERE c.id = u.id`,
      [cipher.currentKeyId, ids, ciphertexts],
    );
  }
  return { rotated: ids.length, failed, lastId: rows[rows.length - 1].id };
}

function tryReencrypt(cipher: CredentialCipher, row: StoredCredentials): EncryptedCredentials | RotationFailure {
  try {
    return cipher.reencrypt(row.credentials_key_id, row.credentials_ciphertext, connectionCredentialsAad(row.id));
  } catch (error) {
    if (error instanceof CredentialDecryptionError || error instanceof UnknownEncryptionKeyError) {
      return { connectionId: row.id, keyId: row.credentials_key_id, reason: error.message };
    }
    throw error;
  }
}
