// @hub/config: the typed, validated configuration. The only place that reads process.env.
import { loadConfig, type LoadedConfig } from './load-config.js';

export { HubConfig, LOG_LEVELS, type LogLevel } from './hub-config.js';
export { ConfigError, loadConfig, type Environment, type LoadedConfig } from './load-config.js';
export { parseEncryptionKeys, type EncryptionKeyEntry } from './encryption-keys.js';

/** Reads and validates the process environment (call once, at start-up). */
export function loadConfigFromProcess(): LoadedConfig {
  return loadConfig(process.env);
}
