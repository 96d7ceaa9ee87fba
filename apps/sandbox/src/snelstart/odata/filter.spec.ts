import { structuredType, IDENTIFIER_TYPE } from './edm.js';
import { ODataQueryError, ODataSyntaxError } from './errors.js';
import { filterPredicate, orderComparator, readListQuery } from './query.js';

interface Row {
  id: string;
  naam: string;
  soorten: string[];
  velden: { naam: string; waarde: string }[];
  modifiedOn: number;
  saldo: number;
  landId: string | null;
}

const VELD = structuredType<{ naam: string; waarde: string }>('Test.Veld', {
  Naam: { type: 'Edm.String', read: (veld) => veld.naam },
  Waarde: { type: 'Edm.String', read: (veld) => veld.waarde },
});

const ROW = structuredType<Row>('Test.RowModel', {
  Id: { type: 'Edm.Guid', read: (row) => row.id },
  Naam: { type: 'Edm.String', read: (row) => row.naam },
  Relatiesoort: { type: { collectionOf: 'Edm.String' }, read: (row) => row.soorten },
  ExtraVeldenKlant: { type: { collectionOf: VELD }, read: (row) => row.velden },
  ModifiedOn: { type: 'Edm.DateTime', read: (row) => row.modifiedOn },
  OpenstaandSaldo: { type: 'Edm.Decimal', read: (row) => row.saldo },
  Land: { type: IDENTIFIER_TYPE, read: (row) => row.landId },
});

const GUID_A = '75b4fe7b-062b-4ae1-bad1-5c5e3866a2ae';
const rows: Row[] = [
  { id: GUID_A, naam: 'Test Bakkerij', soorten: ['Klant'], velden: [{ naam: 'lidmaatschapnummer', waarde: '5299' }], modifiedOn: Date.UTC(2017, 6, 17, 0, 0, 0), saldo: 605, landId: 'aa' },
  { id: 'ffffffff-062b-4ae1-bad1-5c5e3866a2ae', naam: 'Slagerij', soorten: ['Leverancier'], velden: [], modifiedOn: Date.UTC(2017, 6, 16, 23, 59, 59, 999), saldo: 0, landId: null },
];

function matching(filter: string): string[] {
  const predicate = filterPredicate(filter, ROW);
  return rows.filter((row) => predicate?.(row) ?? true).map((row) => row.naam);
}

describe('OData v3 $filter as SnelStart documents it', () => {
  it('compares ModifiedOn with a datetime literal to the millisecond', () => {
    expect(matching("ModifiedOn gt datetime'2017-07-16T23:59:59.999'")).toEqual(['Test Bakkerij']);
    expect(matching("ModifiedOn ge datetime'2017-07-16T23:59:59.999'")).toEqual(['Test Bakkerij', 'Slagerij']);
  });

  it('matches ids with a guid literal, case-insensitively', () => {
    expect(matching(`Id eq guid'${GUID_A.toUpperCase()}'`)).toEqual(['Test Bakkerij']);
  });

  it('combines with and/or/not and parentheses', () => {
    expect(matching("OpenstaandSaldo gt 0 and Naam eq 'Test Bakkerij'")).toEqual(['Test Bakkerij']);
    expect(matching("not (OpenstaandSaldo gt 0) or Naam eq 'nobody'")).toEqual(['Slagerij']);
  });

  it('applies any() to a collection of strings and of complex values', () => {
    expect(matching("Relatiesoort/any(r:r eq 'Klant')")).toEqual(['Test Bakkerij']);
    expect(matching("ExtraVeldenKlant/any(e:e/Waarde eq '5299' and e/Naam eq 'lidmaatschapnummer')")).toEqual(['Test Bakkerij']);
  });

  it('navigates a reference and treats a missing one as null', () => {
    expect(matching("Land/Id ne guid'00000000-0000-0000-0000-000000000000'")).toEqual(['Test Bakkerij', 'Slagerij']);
    expect(matching('Land/Id eq null')).toEqual(['Slagerij']);
  });

  it('knows the v3 functions: substringof(needle, haystack), startswith, year', () => {
    expect(matching("substringof('Bakker', Naam) eq true")).toEqual(['Test Bakkerij']);
    expect(matching("startswith(Naam,'Test') eq true")).toEqual(['Test Bakkerij']);
    expect(matching('year(ModifiedOn) eq 2017')).toEqual(['Test Bakkerij', 'Slagerij']);
  });

  it('rejects property names in the wrong case, naming the .NET type', () => {
    expect(() => matching("modifiedOn gt datetime'2017-01-01T00:00:00'")).toThrow(
      new ODataQueryError("Could not find a property named 'modifiedOn' on type 'Test.RowModel'."),
    );
  });

  it('rejects comparing a DateTime with a string literal', () => {
    expect(() => matching("ModifiedOn gt '2017-01-01T00:00:00'")).toThrow(
      new ODataQueryError(
        "A binary operator with incompatible types was detected. Found operand types 'Edm.DateTime' and 'Edm.String' for operator kind 'GreaterThan'.",
      ),
    );
  });

  it('rejects v4-only functions such as contains', () => {
    expect(() => matching("contains(Naam, 'Test')")).toThrow(ODataQueryError);
  });

  it('reports a filter that does not parse as a syntax error', () => {
    expect(() => matching("Naam eq 'unterminated")).toThrow(ODataSyntaxError);
    expect(() => matching('Naam eq')).toThrow(ODataSyntaxError);
    expect(() => matching("ModifiedOn gt datetime'yesterday'")).toThrow(ODataSyntaxError);
  });
});

describe('$top, $skip, $orderby, $select', () => {
  it('defaults to 500 and clamps a larger $top, or refuses it with ASP.NET\'s MaxTop message', () => {
    expect(readListQuery({}, ROW, { topAboveMaximum: 'clamp' })).toMatchObject({ top: 500, skip: 0 });
    expect(readListQuery({ $top: '1000' }, ROW, { topAboveMaximum: 'clamp' }).top).toBe(500);
    expect(() => readListQuery({ $top: '1000' }, ROW, { topAboveMaximum: 'error' })).toThrow(
      new ODataQueryError("The limit of '500' for Top query has been exceeded. The value from the incoming request is '1000'."),
    );
  });

  it('refuses a $skip that is not a non-negative integer', () => {
    expect(() => readListQuery({ $skip: '-1' }, ROW, { topAboveMaximum: 'clamp' })).toThrow(ODataQueryError);
  });

  it('sorts by several keys, descending where asked', () => {
    const compare = orderComparator('OpenstaandSaldo desc, Naam', ROW);
    expect([...rows].reverse().sort(compare ?? (() => 0)).map((row) => row.naam)).toEqual(['Test Bakkerij', 'Slagerij']);
  });

  it('turns $select property names into the wire keys', () => {
    expect(readListQuery({ $select: 'Id,Naam' }, ROW, { topAboveMaximum: 'clamp' }).select).toEqual(['id', 'naam']);
  });
});
