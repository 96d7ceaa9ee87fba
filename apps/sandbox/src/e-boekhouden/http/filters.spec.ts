import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from './filters.js';

interface Row {
  id: number;
  name: string;
  date: string;
  city?: string;
}

const ROWS: Row[] = [
  { id: 1, name: 'Bakkerij de Vries', date: '2026-01-05', city: 'Utrecht' },
  { id: 2, name: 'Jansen Installatie', date: '2026-02-10', city: 'Zwolle' },
  { id: 3, name: 'de Boer & Zn', date: '2026-02-28' },
  { id: 10, name: 'Bakker_Mode', date: '2026-03-01', city: 'utrecht' },
];

const FIELDS: FilterField<Row>[] = [
  { parameter: 'id', kind: 'number', value: (row) => row.id },
  { parameter: 'name', kind: 'string', value: (row) => row.name },
  { parameter: 'date', kind: 'date', value: (row) => row.date },
  { parameter: 'city', kind: 'string', value: (row) => row.city },
];

function ids(query: string): number[] {
  return ROWS.filter(filterFromQuery(new URLSearchParams(query), FIELDS)).map((row) => row.id);
}

function refusal(query: string): EBoekhoudenApiError {
  try {
    ids(query);
  } catch (error) {
    if (error instanceof EBoekhoudenApiError) return error;
    throw error;
  }
  throw new Error(`${query} was accepted`);
}

describe('filterFromQuery (the spec filter syntax, §3.5)', () => {
  it('compares strings case-insensitively with eq (bare) and not_eq', () => {
    expect(ids('city=UTRECHT')).toEqual([1, 10]);
    expect(ids('city[not_eq]=utrecht')).toEqual([2, 3]);
  });

  it('matches like / not_like with % for any run and ? for one character, other characters literal', () => {
    expect(ids('name[like]=bakker%')).toEqual([1, 10]);
    expect(ids('name[like]=%25de %25')).toEqual([1, 3]);
    expect(ids('name[like]=Bakker?Mode')).toEqual([10]);
    expect(ids('name[like]=de Boer %26 Zn')).toEqual([3]);
    expect(ids('name[not_like]=bakker%')).toEqual([2, 3]);
    expect(ids('name[like]=.*')).toEqual([]);
  });

  it('compares numbers with eq, gt, gte, lt, lte and an inclusive range', () => {
    expect(ids('id=2')).toEqual([2]);
    expect(ids('id[gt]=2')).toEqual([3, 10]);
    expect(ids('id[gte]=2')).toEqual([2, 3, 10]);
    expect(ids('id[lt]=3')).toEqual([1, 2]);
    expect(ids('id[lte]=3')).toEqual([1, 2, 3]);
    expect(ids('id[range]=2,3')).toEqual([2, 3]);
    expect(ids('id[not_eq]=10')).toEqual([1, 2, 3]);
  });

  it('compares dates as days, range inclusive at both ends', () => {
    expect(ids('date[range]=2026-02-10,2026-02-28')).toEqual([2, 3]);
    expect(ids('date[gte]=2026-03-01')).toEqual([10]);
    expect(ids('date=2026-01-05')).toEqual([1]);
  });

  it('combines filters on different parameters and ignores parameters it does not know', () => {
    expect(ids('city=utrecht&date[lt]=2026-02-01&limit=5&credDeb=D')).toEqual([1]);
  });

  it('refuses a second filter on the same parameter, unknown operators and bad values with ERR_002', () => {
    expect(refusal('id[gt]=1&id[lt]=5')).toMatchObject({ code: 'ERR_002', details: { propertyName: 'id' } });
    expect(refusal('name[gt]=a')).toMatchObject({ code: 'ERR_002', details: { propertyName: 'name[gt]' } });
    expect(refusal('id=abc')).toMatchObject({ code: 'ERR_002', details: { propertyName: 'id' } });
    expect(refusal('date[range]=2026-01-01')).toMatchObject({ code: 'ERR_002', details: { propertyName: 'date[range]' } });
    expect(refusal('date=2026-02-30')).toMatchObject({ code: 'ERR_002', details: { propertyName: 'date' } });
  });
});
