// Public surface of @hub/connectors: the port, the shared HTTP machinery and the platform connectors.
export * from './port/connector.js';
export * from './port/credentials.js';
export * from './port/errors.js';
export * from './port/records.js';
export * from './port/write-back.js';
export * from './http/index.js';
export * from './exact-online/index.js';
export * from './snelstart/index.js';
