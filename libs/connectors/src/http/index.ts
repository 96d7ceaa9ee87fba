// Shared HTTP machinery for the platform connectors; see README.md in this folder.
export * from './auth-headers.js';
export * from './base64-attachment.js';
export * from './call-meter.js';
export * from './circuit-breaker.js';
export * from './clock.js';
export * from './default-classifier.js';
export * from './headers.js';
export * from './http-failure.js';
export * from './keyed-registry.js';
export * from './platform-http-client.js';
export * from './platform-request.js';
export * from './rate-limit-headers.js';
export * from './rate-limiter.js';
export * from './request-url.js';
export * from './retry.js';
