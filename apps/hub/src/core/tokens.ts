// Injection tokens for values that are not classes.
export const HUB_CONFIG = Symbol('HUB_CONFIG');
export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
