// SnelStart list responses (notes §3.1): a bare JSON array, no envelope, no paging metadata.
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { attempt } from '../values/attempt.js';
import { typeOf } from '../values/raw.js';

/**
 * The rows of a list response, parsed JSON or its text (a leading BOM tolerated). Anything but an
 * array fails naming `body`: an error body (`[{errorCode…}]` is an array too, but of errors, and
 * comes with a 4xx the connector handles first), `{"message": …}`, an OData `{"value": […]}`
 * envelope SnelStart does not send.
 */
export function parseListBody(body: unknown): MappingResult<unknown[]> {
  return attempt(() => {
    const parsed = typeof body === 'string' ? parseJson(body) : body;
    if (!Array.isArray(parsed)) throw new MappingError('body', body, `a SnelStart list response is a JSON array, got ${typeOf(parsed)}`);
    return parsed as unknown[];
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new MappingError('body', text.slice(0, 200), `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
