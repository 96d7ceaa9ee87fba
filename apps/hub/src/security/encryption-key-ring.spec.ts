import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { parseEncryptionKeys } from '@hub/config';
import { EncryptionKeyRing } from './encryption-key-ring.js';
import { UnknownEncryptionKeyError } from './security-errors.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const a64 = keyA.toString('base64');
const b64 = keyB.toString('base64');

describe('EncryptionKeyRing', () => {
  const ring = EncryptionKeyRing.fromKeys(parseEncryptionKeys(`k2:${b64},k1:${a64}`));

  it('throws a typed error for an unknown key id', () => {
    expect(() => ring.keyMaterial('k9')).toThrow(UnknownEncryptionKeyError);
    expect(ring.has('k1')).toBe(true);
    expect(ring.has('k9')).toBe(false);
  });

  it('never shows key material in JSON, string or inspect output', () => {
    const outputs = [JSON.stringify(ring), String(ring), inspect(ring), inspect({ nested: ring }, { depth: 5 })];
    for (const output of outputs) {
      expect(output).toContain('k2');
      for (const secret of [a64, b64, keyA.toString('hex'), keyB.toString('hex')]) expect(output).not.toContain(secret);
    }
    expect(JSON.parse(JSON.stringify(ring))).toEqual({ currentKeyId: 'k2', keyIds: ['k2', 'k1'] });
  });

  it('copies the keys it is given, so later changes to the caller buffer do not affect it', () => {
    const key = Buffer.from(keyA);
    const copy = EncryptionKeyRing.fromKeys([{ keyId: 'k', key }]);
    key.fill(0);
    expect(copy.keyMaterial('k').equals(keyA)).toBe(true);
  });
});
