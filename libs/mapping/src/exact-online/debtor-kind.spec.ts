import { type DebtorKindEvidence, inferDebtorKind } from './debtor-kind.js';

const none: DebtorKindEvidence = { chamberOfCommerce: null, vatNumber: null, rsin: null, hasBsn: false, name: 'J. de Vries' };

describe('inferDebtorKind', () => {
  it.each(['Albex Winkelinrichting B.V.', 'Jansen BV', 'Philips N.V.', 'Bakkerij Pietersen V.O.F.', 'Stichting Het Buurthuis', 'Vereniging Vrienden', 'Coöperatie Rabobank U.A.', 'Müller GmbH', 'Acme Ltd.', 'Gemeente Utrecht', 'De Smet BVBA'])(
    'sees a business in the legal form of %p',
    (name) => {
      expect(inferDebtorKind({ ...none, name }, 'consumer')).toBe('business');
    },
  );

  it.each(['J. de Vries', 'Nvidia fan club', 'Bvlgari-liefhebber Jan', 'Groothandel sportfietsen', 'Incasso Jansen'])('sees no legal form in %p', (name) => {
    expect(inferDebtorKind({ ...none, name }, 'consumer')).toBe('consumer');
    expect(inferDebtorKind({ ...none, name }, 'business')).toBe('business');
  });

  it('lets registration numbers win over a BSN, and a BSN over the fallback', () => {
    expect(inferDebtorKind({ ...none, hasBsn: true, vatNumber: 'NL123456782B01' }, 'consumer')).toBe('business');
    expect(inferDebtorKind({ ...none, hasBsn: true, chamberOfCommerce: '12345678' }, 'consumer')).toBe('business');
    expect(inferDebtorKind({ ...none, rsin: '123456782' }, 'consumer')).toBe('business');
    expect(inferDebtorKind({ ...none, hasBsn: true }, 'business')).toBe('consumer');
  });
});
