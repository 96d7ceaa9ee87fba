// Reads the environment once and returns the validated, frozen configuration, or throws a
// ConfigError that names every bad variable (never its value: it may be a secret).
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { HubConfig } from './hub-config.js';
import { parseEncryptionKeys, type EncryptionKeyEntry } from './encryption-keys.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

export interface LoadedConfig extends Readonly<HubConfig> {
  readonly encryptionKeys: readonly EncryptionKeyEntry[];
}

// Every field of HubConfig is an own property (class fields use define semantics), defaults or not.
const VARIABLES = Object.keys(new HubConfig());

export function loadConfig(environment: Environment): LoadedConfig {
  const raw: Record<string, string> = {};
  for (const name of VARIABLES) {
    const value = environment[name];
    // An empty variable means "not set", so defaults apply and required ones are reported missing.
    if (value !== undefined && value.trim() !== '') raw[name] = value;
  }
  const config = plainToInstance(HubConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(errors.map(describe));
  const loaded: LoadedConfig = Object.assign(config, {
    HUB_PUBLIC_URL: config.HUB_PUBLIC_URL.replace(/\/+$/, ''),
    encryptionKeys: Object.freeze(parseEncryptionKeys(config.HUB_ENCRYPTION_KEYS)),
  });
  return Object.freeze(loaded);
}

function describe(error: ValidationError): { variable: string; message: string } {
  const messages = Object.values(error.constraints ?? {});
  const missing = error.value === undefined;
  return {
    variable: error.property,
    message: missing && error.property !== 'HUB_ENCRYPTION_KEYS' ? `is required; ${messages[0] ?? 'invalid'}` : (messages[0] ?? 'invalid'),
  };
}
