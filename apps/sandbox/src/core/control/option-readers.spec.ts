import { SandboxControlError } from '../contracts.js';
import {
  boolean,
  date,
  either,
  httpUrl,
  integer,
  list,
  nullable,
  number,
  oneOf,
  optional,
  patch,
  readOptionPatch,
  record,
  refine,
  text,
} from './option-readers.js';

interface Limits {
  perMinute: number;
  perHour: number;
}

interface Field {
  name: string;
  maxLength?: number;
}

interface Options {
  enabled: boolean;
  mode: 'fast' | 'slow';
  status: 200 | 201;
  share: number;
  until: string | null;
  limits: Limits | null;
  fields: Field[];
  target: 'all' | string[];
  callback: string;
  even: number;
}

const readers = {
  enabled: boolean(),
  mode: oneOf('fast', 'slow'),
  status: oneOf(200, 201),
  share: number(0, 1),
  until: nullable(date()),
  limits: nullable(record<Limits>({ perMinute: integer(1, 1_000), perHour: integer(1, 10_000) })),
  fields: list(record<Field>({ name: text(20), maxLength: optional(integer(1, 50)) }), { max: 3 }),
  target: either(oneOf('all'), list(text(10)), 'must be "all" or a list of keys'),
  callback: httpUrl(),
  even: refine(integer(0, 100), (value) => value % 2 === 0, 'must be even'),
};

function parse(body: unknown): Partial<Options> {
  return readOptionPatch<Options>(body, readers);
}

/** The 400 a body gets: its field and message. */
function refusal(body: unknown): { status: number; field: string | undefined; message: string } {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof SandboxControlError) return { status: error.status, field: error.field, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('readOptionPatch', () => {
  it('returns exactly the options given, checked', () => {
    expect(parse({})).toEqual({});
    expect(
      parse({
        enabled: false,
        mode: 'slow',
        status: 200,
        share: 0.25,
        until: null,
        limits: { perMinute: 5, perHour: 50 },
        fields: [{ name: 'Taal' }, { name: 'Fase', maxLength: 10 }],
        target: ['adm-1'],
        callback: 'http://127.0.0.1:3000/hook',
        even: 4,
      }),
    ).toEqual({
      enabled: false,
      mode: 'slow',
      status: 200,
      share: 0.25,
      until: null,
      limits: { perMinute: 5, perHour: 50 },
      fields: [{ name: 'Taal' }, { name: 'Fase', maxLength: 10 }],
      target: ['adm-1'],
      callback: 'http://127.0.0.1:3000/hook',
      even: 4,
    });
    expect(parse({ limits: null, target: 'all', until: '2026-02-28' })).toEqual({ limits: null, target: 'all', until: '2026-02-28' });
  });

  it.each([
    [{ nope: true }, 'nope', /Unknown option "nope"; known: enabled, mode/],
    [{ enabled: 'yes' }, 'enabled', /enabled must be true or false/],
    [{ mode: 'medium' }, 'mode', /mode must be one of fast, slow/],
    [{ status: '200' }, 'status', /status must be one of 200, 201/],
    [{ share: 1.5 }, 'share', /share must be a number from 0 to 1/],
    [{ until: '2026-02-30' }, 'until', /until must be a date as YYYY-MM-DD/],
    [{ limits: { perMinute: 5 } }, 'limits.perHour', /limits.perHour is required/],
    [{ limits: { perMinute: 5, perHour: 50, burst: 1 } }, 'limits.burst', /Unknown option "limits.burst"/],
    [{ limits: [5, 50] }, 'limits', /limits must be a JSON object/],
    [{ fields: [{ name: 'Taal' }, { name: '' }] }, 'fields[1].name', /fields\[1\].name must be a non-empty string/],
    [{ fields: [{ name: 'Taal', maxLength: 0 }] }, 'fields[0].maxLength', /must be an integer from 1 to 50/],
    [{ fields: [{}, {}, {}, {}] }, 'fields', /fields must be a list of 0 to 3 items/],
    [{ target: 'some' }, 'target', /target must be "all" or a list of keys/],
    [{ callback: 'ftp://example.nl/hook' }, 'callback', /callback must be an http\(s\) URL/],
    [{ even: 3 }, 'even', /even must be even/],
  ])('refuses %j with a 400 naming %s', (body, field, message) => {
    const refused = refusal(body);
    expect(refused).toMatchObject({ status: 400, field });
    expect(refused.message).toMatch(message);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [undefined, null, [], 'rateLimits=null', 3]) {
      expect(refusal(body)).toEqual({ status: 400, field: undefined, message: 'The body must be a JSON object of options.' });
    }
  });

  it('reads a nested patch partially but still refuses unknown and wrong fields', () => {
    const group = patch<Limits>({ perMinute: integer(1, 1_000), perHour: integer(1, 10_000) });
    expect(group({ perHour: 20 }, 'limits')).toEqual({ perHour: 20 });
    expect(group({}, 'limits')).toEqual({});
    expect(() => group({ perHour: 0 }, 'limits')).toThrow(expect.objectContaining({ field: 'limits.perHour' }));
    expect(() => group({ perDay: 1 }, 'limits')).toThrow(expect.objectContaining({ field: 'limits.perDay' }));
  });
});
