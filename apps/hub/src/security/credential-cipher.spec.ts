import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { connectionCredentialsAad, CredentialCipher } from './credential-cipher.js';
import { EncryptionKeyRing } from './encryption-key-ring.js';
import { CredentialDecryptionError, UnknownEncryptionKeyError } from './security-errors.js';

const keyA = { keyId: 'a', key: randomBytes(32) };
const keyB = { keyId: 'b', key: randomBytes(32) };
const credentials = { accessToken: 'at-secret-123', refreshToken: 'rt-secret-456', expiresAt: '2026-03-01T12:00:00.000Z' };
const rowAad = connectionCredentialsAad('7a1f0d2e-0000-4000-8000-000000000001');
const otherRowAad = connectionCredentialsAad('7a1f0d2e-0000-4000-8000-000000000002');

describe('CredentialCipher', () => {
  const cipher = new CredentialCipher(EncryptionKeyRing.fromKeys([keyA]));

  it('round-trips JSON with the current key id', () => {
    const encrypted = cipher.encrypt(credentials, rowAad);
    expect(encrypted.keyId).toBe('a');
    expect(cipher.decrypt(encrypted.keyId, encrypted.ciphertext, rowAad)).toEqual(credentials);
  });

  it('never puts the plaintext in the ciphertext and uses a fresh IV each time', () => {
    const first = cipher.encrypt(credentials, rowAad);
    const second = cipher.encrypt(credentials, rowAad);
    expect(first.ciphertext.toString('latin1')).not.toContain('secret');
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.ciphertext.subarray(1, 13).equals(second.ciphertext.subarray(1, 13))).toBe(false);
  });

  it('refuses a ciphertext presented for another row', () => {
    const encrypted = cipher.encrypt(credentials, rowAad);
    expect(() => cipher.decrypt('a', encrypted.ciphertext, otherRowAad)).toThrow(CredentialDecryptionError);
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const { ciphertext } = cipher.encrypt(credentials, rowAad);
    for (const position of [5, 20, ciphertext.length - 1]) {
      const tampered = Buffer.from(ciphertext);
      tampered[position] ^= 0x01;
      expect(() => cipher.decrypt('a', tampered, rowAad)).toThrow(/authentication failed/);
    }
  });

  it('refuses truncated or unversioned data as malformed', () => {
    const { ciphertext } = cipher.encrypt(credentials, rowAad);
    expect(() => cipher.decrypt('a', ciphertext.subarray(0, 10), rowAad)).toThrow(/malformed/);
    const wrongVersion = Buffer.from(ciphertext);
    wrongVersion[0] = 9;
    expect(() => cipher.decrypt('a', wrongVersion, rowAad)).toThrow(/malformed/);
  });

  it('binds the key id: a ciphertext relabelled with another known key id fails', () => {
    const ring = EncryptionKeyRing.fromKeys([keyA, { keyId: 'a-copy', key: keyA.key }]);
    const twoIds = new CredentialCipher(ring);
    const { ciphertext } = twoIds.encrypt(credentials, rowAad);
    expect(() => twoIds.decrypt('a-copy', ciphertext, rowAad)).toThrow(CredentialDecryptionError);
  });

  it('names an unknown key id', () => {
    const { ciphertext } = cipher.encrypt(credentials, rowAad);
    expect(() => cipher.decrypt('gone', ciphertext, rowAad)).toThrow(UnknownEncryptionKeyError);
  });

  it('decrypts old ciphertexts after rotation and knows what needs rotating', () => {
    const old = cipher.encrypt(credentials, rowAad);
    const rotatedRing = new CredentialCipher(EncryptionKeyRing.fromKeys([keyB, keyA]));
    expect(rotatedRing.needsRotation(old.keyId)).toBe(true);
    const reencrypted = rotatedRing.reencrypt(old.keyId, old.ciphertext, rowAad);
    expect(reencrypted.keyId).toBe('b');
    expect(rotatedRing.needsRotation(reencrypted.keyId)).toBe(false);
    const onlyB = new CredentialCipher(EncryptionKeyRing.fromKeys([keyB]));
    expect(onlyB.decrypt(reencrypted.keyId, reencrypted.ciphertext, rowAad)).toEqual(credentials);
    expect(() => onlyB.decrypt(old.keyId, old.ciphertext, rowAad)).toThrow(UnknownEncryptionKeyError);
  });

  it('keeps secrets out of error messages and of its own output', () => {
    const { ciphertext } = cipher.encrypt(credentials, rowAad);
    let message = '';
    try {
      cipher.decrypt('a', ciphertext, otherRowAad);
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/could not be decrypted/);
    for (const output of [message, JSON.stringify(cipher), String(cipher), inspect(cipher)]) {
      expect(output).not.toContain(keyA.key.toString('base64'));
      expect(output).not.toContain('secret');
    }
  });

  it('requires associated data and JSON-serialisable credentials', () => {
    expect(() => cipher.encrypt(credentials, '')).toThrow(/associated data/);
    expect(() => cipher.encrypt(undefined, rowAad)).toThrow(/not serialisable/);
    expect(() => cipher.encrypt({ big: 1n }, rowAad)).toThrow(/not serialisable/);
  });
});
