import { type CanonicalDebtor } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { type SourceContext } from './context.js';
import { relatieToDebtor } from './relatie-to-debtor.js';
import { LAND_DE, LAND_NL, RELATIE_ID, relatie } from './testing/records.js';

const context: SourceContext = { administrationId: 'adm-1', countryCodeByLandId: { [LAND_NL]: 'NL', [LAND_DE]: 'DE' } };

function debtor(raw: unknown, ctx: SourceContext = context): { record: CanonicalDebtor; dropped: MappingError[] } {
  const result = relatieToDebtor(raw, ctx);
  if (!result.ok) throw result.error;
  return result;
}

function failure(raw: unknown): MappingError {
  const result = relatieToDebtor(raw, context);
  if (result.ok) throw new Error('expected the relatie to be rejected');
  return result.error;
}

function adres(overrides: Record<string, unknown>): Record<string, unknown> {
  return { contactpersoon: null, straat: 'Hauptstraße 5', postcode: '10115', plaats: 'Berlin', land: { id: LAND_DE, uri: `/landen/${LAND_DE}` }, ...overrides };
}

describe('relatieToDebtor', () => {
  it('maps every field of a complete business relatie (§4.3, §7)', () => {
    const { record, dropped } = debtor(relatie());
    expect(dropped).toEqual([]);
    expect(record).toEqual({
      source: { platform: 'snelstart', administrationId: 'adm-1', externalId: RELATIE_ID },
      code: '1042',
      name: 'Bakkerij De Vries B.V.',
      kind: 'business',
      emails: ['debiteuren@devries.nl', 'administratie@devries.nl', 'facturen@devries.nl'],
      phone: '0201234567',
      address: { line1: 'Dorpsstraat 1', line2: null, postalCode: '1234 AB', city: 'Alkmaar', countryCode: 'NL' },
      chamberOfCommerce: '12345678',
      vatNumber: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
      language: 'nl',
      paymentTermDays: 30,
      active: true,
      // 16:40:03.120 in Amsterdam (CEST, +02:00).
      platformModifiedAt: '2026-05-02T14:40:03.120Z',
    });
  });

  it('lower-cases the id and reads modifiedOn in UTC when so configured', () => {
    const { record } = debtor(relatie({ id: RELATIE_ID.toUpperCase() }), { ...context, instantZone: 'UTC' });
    expect(record.source.externalId).toBe(RELATIE_ID);
    expect(record.platformModifiedAt).toBe('2026-05-02T16:40:03.120Z');
  });

  it('gives the same record for the same payload, and collapses runs of spaces in the name', () => {
    const raw = relatie({ naam: '  Bakkerij   De Vries  ' });
    expect(debtor(raw).record).toEqual(debtor(structuredClone(raw)).record);
    expect(debtor(raw).record.name).toBe('Bakkerij De Vries');
  });

  describe('kind', () => {
    it('follows aanmaningsoort: Consument is a consumer even with a KvK number', () => {
      expect(debtor(relatie({ aanmaningsoort: 'Consument' })).record.kind).toBe('consumer');
      expect(debtor(relatie({ aanmaningsoort: 'Onderneming', kvkNummer: null, btwNummer: null, naam: 'Jan Jansen' })).record.kind).toBe('business');
    });

    it('falls back to the evidence when aanmaningsoort is Nee or missing', () => {
      expect(debtor(relatie({ aanmaningsoort: 'Nee' })).record.kind).toBe('business');
      expect(debtor(relatie({ aanmaningsoort: null, kvkNummer: null, btwNummer: null, naam: 'Stichting Het Hof' })).record.kind).toBe('business');
      expect(debtor(relatie({ aanmaningsoort: null, kvkNummer: null, btwNummer: null, naam: 'Jan Jansen' })).record.kind).toBe('consumer');
      expect(
        debtor(relatie({ aanmaningsoort: 'Nee', kvkNummer: null, btwNummer: null, naam: 'Jan Jansen' }), { ...context, defaultDebtorKind: 'business' }).record.kind,
      ).toBe('business');
    });
  });

  describe('e-mail addresses', () => {
    it('puts the reminder address first, then the main and invoice addresses, without duplicates', () => {
      const raw = relatie({
        email: 'Info@devries.nl; facturen@devries.nl',
        aanmaningEmailVersturen: { shouldSend: false, email: 'info@DEVRIES.nl', ccEmail: null },
      });
      // parseEmail lower-cases the domain; the first spelling of the local part is kept.
      expect(debtor(raw).record.emails).toEqual(['info@devries.nl', 'facturen@devries.nl']);
    });

    it('tolerates stray separators and blanks, and drops free text with a note', () => {
      const { record, dropped } = debtor(relatie({ email: ' a@devries.nl ;; ', aanmaningEmailVersturen: { shouldSend: true, email: 'n.v.t.', ccEmail: null }, factuurEmailVersturen: null }));
      expect(record.emails).toEqual(['a@devries.nl']);
      expect(dropped.map((error) => error.field)).toEqual(['aanmaningEmailVersturen.email']);
    });

    it('gives an empty list when there is no address at all', () => {
      const raw = relatie({ email: null, aanmaningEmailVersturen: { shouldSend: false, email: null, ccEmail: null }, factuurEmailVersturen: undefined });
      expect(debtor(raw).record.emails).toEqual([]);
    });

    it('fails on an e-mail field that is not text', () => {
      expect(failure(relatie({ email: 42 })).field).toBe('email');
      expect(failure(relatie({ aanmaningEmailVersturen: 'x@y.nl' })).field).toBe('aanmaningEmailVersturen');
    });
  });

  describe('language (§4.3: no language field)', () => {
    it('reads the Taal extra veld when it is filled', () => {
      expect(debtor(relatie({ extraVeldenKlant: [{ naam: 'Taal', waarde: 'EN' }] })).record.language).toBe('en');
      expect(debtor(relatie({ extraVeldenKlant: [{ naam: 'taal', waarde: 'Nederlands' }], vestigingsAdres: adres({}) })).record.language).toBe('nl');
    });

    it('reads another extra veld when configured, and none when switched off', () => {
      const raw = relatie({ extraVeldenKlant: [{ naam: 'Language', waarde: 'English' }, { naam: 'Taal', waarde: 'NL' }] });
      expect(debtor(raw, { ...context, languageFieldName: 'Language' }).record.language).toBe('en');
      expect(debtor(relatie({ extraVeldenKlant: [{ naam: 'Taal', waarde: 'EN' }] }), { ...context, languageFieldName: null }).record.language).toBe('nl');
    });

    it('without the field, derives it from the establishment country: foreign → en', () => {
      expect(debtor(relatie({ extraVeldenKlant: [], vestigingsAdres: adres({}) })).record.language).toBe('en');
      expect(debtor(relatie({ extraVeldenKlant: [{ naam: 'Taal', waarde: '  ' }], vestigingsAdres: adres({}) })).record.language).toBe('en');
    });

    it('defaults to nl when nothing tells: no field, no country, no /landen cache', () => {
      expect(debtor(relatie({ extraVeldenKlant: undefined, vestigingsAdres: adres({ land: null }) })).record.language).toBe('nl');
      expect(debtor(relatie({ extraVeldenKlant: [], vestigingsAdres: adres({}) }), { administrationId: 'adm-1' }).record.language).toBe('nl');
    });

    it('fails when extraVeldenKlant is not an array', () => {
      expect(failure(relatie({ extraVeldenKlant: { Taal: 'EN' } })).field).toBe('extraVeldenKlant');
    });
  });

  describe('address', () => {
    it('prefers the correspondence address for letters, keeping the establishment country for the language', () => {
      const raw = relatie({ correspondentieAdres: adres({ straat: 'Postfach 12', plaats: 'Berlin' }), extraVeldenKlant: [] });
      const { record } = debtor(raw);
      expect(record.address).toEqual({ line1: 'Postfach 12', line2: null, postalCode: '10115', city: 'Berlin', countryCode: 'DE' });
      expect(record.language).toBe('nl');
    });

    it('uses the establishment address when the correspondence address is empty', () => {
      const empty = { contactpersoon: null, straat: null, postcode: null, plaats: null, land: null };
      expect(debtor(relatie({ correspondentieAdres: empty })).record.address?.line1).toBe('Dorpsstraat 1');
      expect(debtor(relatie({ correspondentieAdres: null, vestigingsAdres: empty })).record.address).toBeNull();
    });

    it('normalises a Dutch postcode, keeps odd postcode text as written, drops a numeric one', () => {
      expect(debtor(relatie({ correspondentieAdres: null, vestigingsAdres: adres({ postcode: '1234ab', land: { id: LAND_NL } }) })).record.address?.postalCode).toBe('1234 AB');
      // The sandbox's "address without a country" defect: postcode text is never a reason to drop.
      const odd = debtor(relatie({ correspondentieAdres: null, vestigingsAdres: adres({ postcode: '?', land: null }) }));
      expect(odd.record.address).toEqual({ line1: 'Hauptstraße 5', line2: null, postalCode: '?', city: 'Berlin', countryCode: null });
      const { record, dropped } = debtor(relatie({ correspondentieAdres: null, vestigingsAdres: adres({ postcode: 1234 }) }));
      expect(record.address?.postalCode).toBeNull();
      expect(dropped.map((error) => error.field)).toEqual(['vestigingsAdres.postcode']);
    });

    it('drops a land id missing from the /landen cache, and ignores the empty guid', () => {
      const unknown = 'aaaaaaaa-0000-4000-8000-000000000000';
      const { record, dropped } = debtor(relatie({ correspondentieAdres: null, vestigingsAdres: adres({ land: { id: unknown } }) }));
      expect(record.address?.countryCode).toBeNull();
      expect(dropped[0]?.field).toBe('vestigingsAdres.land.id');
      expect(debtor(relatie({ correspondentieAdres: null, vestigingsAdres: adres({ land: { id: '00000000-0000-0000-0000-000000000000' } }) })).dropped).toEqual([]);
    });

    it('fails on an address or land that is not an object, and on a malformed land id', () => {
      expect(failure(relatie({ vestigingsAdres: 'Dorpsstraat 1' })).field).toBe('vestigingsAdres');
      expect(failure(relatie({ vestigingsAdres: adres({ land: 'NL' }) })).field).toBe('land');
      expect(failure(relatie({ vestigingsAdres: adres({ land: { id: 'NL' } }) })).field).toBe('land.id');
      expect(failure(relatie({ vestigingsAdres: adres({ straat: 12 }) })).field).toBe('vestigingsAdres.straat');
    });
  });

  describe('registration, bank and phone details', () => {
    it('normalises them', () => {
      const { record } = debtor(relatie({ kvkNummer: ' 1234 5678 ', btwNummer: 'nl 1234.56.782.b01', iban: 'nl91 abna 0417 1643 00' }));
      expect([record.chamberOfCommerce, record.vatNumber, record.iban]).toEqual(['12345678', 'NL123456782B01', 'NL91ABNA0417164300']);
    });

    it('drops invalid ones to null with a note, keeping the debtor', () => {
      const { record, dropped } = debtor(relatie({ kvkNummer: '123', btwNummer: 'XX', iban: 'nl00 rabo4174099359', telefoon: 'bellen!' }));
      expect([record.chamberOfCommerce, record.vatNumber, record.iban, record.phone]).toEqual([null, null, null, null]);
      expect(dropped.map((error) => error.field)).toEqual(['kvkNummer', 'btwNummer', 'telefoon', 'iban']);
    });

    it('takes the mobile number when there is no landline', () => {
      expect(debtor(relatie({ telefoon: null, mobieleTelefoon: '06 12345678' })).record.phone).toBe('0612345678');
      expect(debtor(relatie({ telefoon: '  ', mobieleTelefoon: null })).record.phone).toBeNull();
    });

    it('fails on a detail of the wrong JSON type', () => {
      expect(failure(relatie({ iban: { value: 'NL91ABNA0417164300' } })).field).toBe('iban');
      expect(failure(relatie({ kvkNummer: true })).field).toBe('kvkNummer');
    });
  });

  describe('payment term (krediettermijn)', () => {
    it('maps days, and reads 0 (unset) and absent as unknown', () => {
      expect(debtor(relatie({ krediettermijn: 14 })).record.paymentTermDays).toBe(14);
      expect(debtor(relatie({ krediettermijn: 0 })).record.paymentTermDays).toBeNull();
      expect(debtor(relatie({ krediettermijn: null })).record.paymentTermDays).toBeNull();
    });

    it('drops a negative term and fails on a non-integer', () => {
      const { record, dropped } = debtor(relatie({ krediettermijn: -7 }));
      expect(record.paymentTermDays).toBeNull();
      expect(dropped.map((error) => error.field)).toEqual(['krediettermijn']);
      expect(failure(relatie({ krediettermijn: '30' })).field).toBe('krediettermijn');
      expect(failure(relatie({ krediettermijn: 14.5 })).field).toBe('krediettermijn');
    });
  });

  describe('active (nonactief, §4.6 soft delete)', () => {
    it('is false for a nonactief relatie, which is still mapped', () => {
      expect(debtor(relatie({ nonactief: true })).record.active).toBe(false);
      expect(debtor(relatie({ nonactief: false })).record.active).toBe(true);
      expect(debtor(relatie({ nonactief: undefined })).record.active).toBe(true);
    });

    it('fails when nonactief is not a boolean', () => {
      expect(failure(relatie({ nonactief: 'true' })).field).toBe('nonactief');
    });
  });

  describe('code and timestamps', () => {
    it('reads relatiecode as text, and null when absent', () => {
      expect(debtor(relatie({ relatiecode: 7 })).record.code).toBe('7');
      expect(debtor(relatie({ relatiecode: null })).record.code).toBeNull();
      expect(failure(relatie({ relatiecode: 1.5 })).field).toBe('relatiecode');
    });

    it('has no modified stamp for a missing or unset modifiedOn, and fails on a malformed one', () => {
      expect(debtor(relatie({ modifiedOn: null })).record.platformModifiedAt).toBeNull();
      expect(debtor(relatie({ modifiedOn: '0001-01-01T00:00:00' })).record.platformModifiedAt).toBeNull();
      expect(failure(relatie({ modifiedOn: 'gisteren' })).field).toBe('modifiedOn');
      expect(failure(relatie({ modifiedOn: 1714660803120 })).field).toBe('modifiedOn');
    });
  });

  describe('what fails the record', () => {
    it('a missing, malformed or empty id', () => {
      expect(failure(relatie({ id: undefined })).field).toBe('id');
      expect(failure(relatie({ id: 'abc' })).field).toBe('id');
      expect(failure(relatie({ id: '00000000-0000-0000-0000-000000000000' })).field).toBe('id');
      expect(failure(relatie({ id: 42 })).field).toBe('id');
    });

    it('a missing or blank naam', () => {
      expect(failure(relatie({ naam: null })).field).toBe('naam');
      expect(failure(relatie({ naam: '   ' })).field).toBe('naam');
    });

    it('something that is not a relatie object, keeping the raw value', () => {
      for (const raw of [null, 'relatie', [relatie()]]) {
        const error = failure(raw);
        expect(error.field).toBe('RelatieModel');
        expect(error.rawValue).toBe(raw);
      }
    });
  });
});
