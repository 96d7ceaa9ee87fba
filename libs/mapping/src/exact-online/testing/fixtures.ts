// Test helper: the recorded Exact Online payloads in ../shared/platforms/fixtures/exact-online,
// read where they are (never copied into the repo; see that folder's README for their licences).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(process.cwd(), '..', 'shared', 'platforms', 'fixtures', 'exact-online');

/** The file's text as stored (the 2013 SDK files start with a UTF-8 BOM, README §2.1). */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name).replace(/^\uFEFF/, '')) as unknown;
}

interface NangoRecording {
  response: unknown;
  headers: Record<string, string>;
}

/**
 * The Exact body (and Nango's headers) of one call in a Nango recording (README §1):
 * `api.<method>.<path>` is one recording, or an array when the path was called more than once.
 */
export function nangoRecordings(name: string, method: 'get' | 'post' | 'put', path: string): NangoRecording[] {
  const recording = fixtureJson(name) as { api: Record<string, Record<string, NangoRecording | NangoRecording[]>> };
  const calls = recording.api[method]?.[path];
  if (calls === undefined) throw new Error(`${name} has no recording of ${method.toUpperCase()} ${path}`);
  return Array.isArray(calls) ? calls : [calls];
}

export function nangoResponse(name: string, method: 'get' | 'post' | 'put', path: string): unknown {
  return nangoRecordings(name, method, path)[0].response;
}
