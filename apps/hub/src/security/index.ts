// Credential encryption at rest: the key ring (HUB_ENCRYPTION_KEYS), the AES-256-GCM cipher and
// key rotation for stored connection credentials.
export * from './credential-cipher.js';
export * from './encryption-key-ring.js';
export * from './rotate-connection-credentials.js';
export * from './security-errors.js';
