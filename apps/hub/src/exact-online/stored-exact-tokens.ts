// The credentials JSON of an Exact Online connection: the token set as the OAuth client returned
// it (epoch ms numbers). Checked on every read, since a wrong shape would otherwise surface as a
// confusing refresh failure; the message never includes the values.
import type { ExactTokenSet } from '@hub/connectors';

export class MalformedExactCredentialsError extends Error {
  override readonly name = 'MalformedExactCredentialsError';
}

export function parseStoredExactTokens(raw: unknown): ExactTokenSet {
  if (typeof raw !== 'object' || raw === null) throw new MalformedExactCredentialsError('stored Exact Online credentials are not an object');
  const record = raw as Record<string, unknown>;
  const bad = [
    ...['accessToken', 'refreshToken'].filter((field) => typeof record[field] !== 'string' || record[field] === ''),
    ...['expiresAt', 'obtainedAt'].filter((field) => !Number.isSafeInteger(record[field])),
  ];
  if (bad.length > 0) throw new MalformedExactCredentialsError(`stored Exact Online credentials lack a valid ${bad.join(', ')}`);
  return {
    accessToken: record.accessToken as string,
    refreshToken: record.refreshToken as string,
    expiresAt: record.expiresAt as number,
    obtainedAt: record.obtainedAt as number,
  };
}
