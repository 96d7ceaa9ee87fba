// Public surface of @hub/mapping: the canonical model, value helpers and platform mappers.
export * from './model/canonical.js';
export * from './model/mapping-error.js';
