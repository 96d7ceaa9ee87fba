// Errors of the credential encryption. Messages name key ids and entry positions, never key
// material, plaintext or ciphertext.

/** HUB_ENCRYPTION_KEYS (or another key list) is malformed. */
export class EncryptionKeyConfigError extends Error {
  override readonly name = 'EncryptionKeyConfigError';
}

/** A ciphertext names a key id the key ring does not hold (removed too early, or a typo). */
export class UnknownEncryptionKeyError extends Error {
  override readonly name = 'UnknownEncryptionKeyError';

  constructor(readonly keyId: string) {
    super(`no encryption key with id "${keyId}" in the key ring`);
  }
}

/** Authentication failed or the ciphertext is malformed: wrong key, wrong row, or tampering. */
export class CredentialDecryptionError extends Error {
  override readonly name = 'CredentialDecryptionError';

  constructor(readonly keyId: string, reason: string) {
    super(`credentials encrypted with key "${keyId}" could not be decrypted: ${reason}`);
  }
}
