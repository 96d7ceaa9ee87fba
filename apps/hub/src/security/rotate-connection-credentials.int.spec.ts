import { randomBytes } from 'node:crypto';
import { parseEncryptionKeys } from '@hub/config';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { ConnectionEntity } from '../database/entities/index.js';
import { seedAdministration } from '../database/testing/seed.js';
import { connectionCredentialsAad, CredentialCipher } from './credential-cipher.js';
import { EncryptionKeyRing } from './encryption-key-ring.js';
import { rotateConnectionCredentials } from './rotate-connection-credentials.js';
import { CredentialDecryptionError, UnknownEncryptionKeyError } from './security-errors.js';

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 2 });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

// Key ids unique to this test run: rotation works on every connection in the database.
const run = randomBytes(4).toString('hex');
const keyA = `a-${run}`;
const keyB = `b-${run}`;
const A = `${keyA}:${randomBytes(32).toString('base64')}`;
const B = `${keyB}:${randomBytes(32).toString('base64')}`;

async function storeCredentials(cipher: CredentialCipher, credentials: object): Promise<string> {
  const { connectionId } = await seedAdministration(dataSource, { platform: 'exact-online' });
  const encrypted = cipher.encrypt(credentials, connectionCredentialsAad(connectionId));
  await dataSource.getRepository(ConnectionEntity).update(connectionId, {
    credentialsKeyId: encrypted.keyId,
    credentialsCiphertext: encrypted.ciphertext,
    credentialsVersion: 1,
  });
  return connectionId;
}

async function load(connectionId: string): Promise<ConnectionEntity> {
  return dataSource.getRepository(ConnectionEntity).findOneByOrFail({ id: connectionId });
}

function decrypt(cipher: CredentialCipher, connection: ConnectionEntity): unknown {
  if (connection.credentialsKeyId === null || connection.credentialsCiphertext === null) throw new Error('no credentials');
  return cipher.decrypt(connection.credentialsKeyId, connection.credentialsCiphertext, connectionCredentialsAad(connection.id));
}

describe('connection credentials at rest', () => {
  it('round-trips through the database, rotates from key A to key B, and then needs only B', async () => {
    const withA = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(A)));
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await storeCredentials(withA, { refreshToken: `refresh-${i}`, accessToken: `access-${i}` }));
    expect(decrypt(withA, await load(ids[0]))).toEqual({ refreshToken: 'refresh-0', accessToken: 'access-0' });

    const withBA = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(`${B},${A}`)));
    expect(withBA.needsRotation((await load(ids[0])).credentialsKeyId ?? '')).toBe(true);
    expect(decrypt(withBA, await load(ids[0]))).toEqual({ refreshToken: 'refresh-0', accessToken: 'access-0' });

    const report = await rotateConnectionCredentials(dataSource, withBA, { batchSize: 2 });
    expect(report.failed.filter((failure) => ids.includes(failure.connectionId))).toEqual([]);
    expect(report.rotated).toBeGreaterThanOrEqual(ids.length);

    const withB = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(B)));
    for (const [i, id] of ids.entries()) {
      const connection = await load(id);
      expect(connection.credentialsKeyId).toBe(keyB);
      expect(connection.credentialsVersion).toBe(2);
      expect(decrypt(withB, connection)).toEqual({ refreshToken: `refresh-${i}`, accessToken: `access-${i}` });
    }
    // Key A no longer opens the row, even when the row is relabelled as A's.
    const relabelled = Object.assign(await load(ids[0]), { credentialsKeyId: keyA });
    expect(() => decrypt(withA, relabelled)).toThrow(CredentialDecryptionError);

    // Nothing left to rotate: a second run changes nothing of ours.
    const again = await rotateConnectionCredentials(dataSource, withBA);
    expect(again.failed.filter((failure) => ids.includes(failure.connectionId))).toEqual([]);
    expect((await load(ids[0])).credentialsVersion).toBe(2);
  });

  it('refuses a ciphertext moved to another connection row', async () => {
    const cipher = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(A)));
    const first = await storeCredentials(cipher, { apiToken: 'first-token' });
    const second = await storeCredentials(cipher, { apiToken: 'second-token' });
    const stolen = await load(first);
    await dataSource.getRepository(ConnectionEntity).update(second, { credentialsCiphertext: stolen.credentialsCiphertext });
    await expect(load(second).then((row) => decrypt(cipher, row))).rejects.toThrow(CredentialDecryptionError);
  });

  it('refuses a tampered ciphertext', async () => {
    const cipher = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(A)));
    const id = await storeCredentials(cipher, { apiToken: 'token' });
    // Flip one bit of the encrypted body.
    await dataSource.query(
      `UPDATE connections SET credentials_ciphertext = set_byte(credentials_ciphertext, 35, get_byte(credentials_ciphertext, 35) # 1) WHERE id = $1`,
      [id],
    );
    await expect(load(id).then((row) => decrypt(cipher, row))).rejects.toThrow(/authentication failed/);
  });

  it('reports rows it cannot decrypt and rotates the rest', async () => {
    const withA = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(A)));
    const good = await storeCredentials(withA, { apiToken: 'good' });
    const broken = await storeCredentials(withA, { apiToken: 'broken' });
    await dataSource.getRepository(ConnectionEntity).update(broken, { credentialsKeyId: `gone-${run}` });

    const withBA = new CredentialCipher(EncryptionKeyRing.fromKeys(parseEncryptionKeys(`${B},${A}`)));
    const report = await rotateConnectionCredentials(dataSource, withBA, { batchSize: 1 });
    const ours = report.failed.filter((failure) => failure.connectionId === broken);
    expect(ours).toEqual([{ connectionId: broken, keyId: `gone-${run}`, reason: new UnknownEncryptionKeyError(`gone-${run}`).message }]);
    expect((await load(good)).credentialsKeyId).toBe(keyB);
    expect((await load(broken)).credentialsVersion).toBe(1);
  });
});
