import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { seedAdministration } from '../database/testing/seed.js';
import { CredentialCipher, CredentialDecryptionError, EncryptionKeyRing } from '../security/index.js';
import { ConnectionCredentialStore } from './connection-credential-store.js';

const store = new ConnectionCredentialStore(new CredentialCipher(EncryptionKeyRing.fromKeys([{ keyId: `store-${randomBytes(3).toString('hex')}`, key: randomBytes(32) }])));
const asRecord = (raw: unknown): Record<string, unknown> => raw as Record<string, unknown>;

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = await createDataSource(process.env.DATABASE_URL ?? '', { poolSize: 3 }).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
});

describe('ConnectionCredentialStore', () => {
  it('stores credentials encrypted, reads them back, and bumps the version on every write', async () => {
    const { connectionId, tenantId } = await seedAdministration(dataSource, { platform: 'e-boekhouden' });
    const empty = await store.read(dataSource, connectionId, asRecord);
    expect(empty).toMatchObject({ id: connectionId, tenantId, status: 'active', credentials: null, credentialsVersion: 0 });

    expect(await store.write(dataSource, connectionId, { apiToken: 'eb-secret-token-1' })).toBe(1);
    expect(await store.write(dataSource, connectionId, { apiToken: 'eb-secret-token-2' })).toBe(2);
    expect(await store.read(dataSource, connectionId, asRecord)).toMatchObject({ credentials: { apiToken: 'eb-secret-token-2' }, credentialsVersion: 2 });

    const [raw] = await dataSource.query(`SELECT credentials_ciphertext FROM connections WHERE id = $1`, [connectionId]);
    expect((raw.credentials_ciphertext as Buffer).toString('latin1')).not.toContain('eb-secret-token');
  });

  it('refuses a ciphertext copied from another connection (bound to the row id)', async () => {
    const first = await seedAdministration(dataSource);
    const second = await seedAdministration(dataSource);
    await store.write(dataSource, first.connectionId, { refreshToken: 'first' });
    await store.write(dataSource, second.connectionId, { refreshToken: 'second' });
    await dataSource.query(
      `UPDATE connections SET credentials_ciphertext = (SELECT credentials_ciphertext FROM connections WHERE id = $1) WHERE id = $2`,
      [first.connectionId, second.connectionId],
    );
    await expect(store.read(dataSource, second.connectionId, asRecord)).rejects.toThrow(CredentialDecryptionError);
  });

  it('applies the parser to what it decrypted and answers null for an unknown connection', async () => {
    const { connectionId } = await seedAdministration(dataSource);
    await store.write(dataSource, connectionId, { wrong: 'shape' });
    await expect(store.read(dataSource, connectionId, () => { throw new Error('shape refused'); })).rejects.toThrow('shape refused');
    expect(await store.read(dataSource, '00000000-0000-4000-8000-000000000000', asRecord)).toBeNull();
  });

  it('holds the row lock of a read for update until the transaction ends: a concurrent write waits', async () => {
    const { connectionId } = await seedAdministration(dataSource);
    await store.write(dataSource, connectionId, { step: 'initial' });
    const order: string[] = [];
    let concurrent: Promise<number> | undefined;
    await dataSource.transaction(async (manager) => {
      await store.read(manager, connectionId, asRecord, { forUpdate: true });
      concurrent = store.write(dataSource, connectionId, { step: 'concurrent' }).then((version) => {
        order.push('concurrent write');
        return version;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await store.write(manager, connectionId, { step: 'locked' });
      order.push('locked write');
    });
    expect(await concurrent).toBe(3);
    expect(order).toEqual(['locked write', 'concurrent write']);
    expect((await store.read(dataSource, connectionId, asRecord))?.credentials).toEqual({ step: 'concurrent' });
  });
});
