import { paymentTermDays } from './payment-condition.js';

describe('paymentTermDays', () => {
  it.each([
    ['30', '30 dagen', 30],
    ['21', '21 dagen', 21],
    ['14', '14 days', 14],
    ['N30', 'Netto 30', 30],
    ['60', 'Betaling binnen 60 dagen na factuurdatum', 60],
    ['45', '45 jours fin de mois', 45],
    ['00', 'Contant', 0],
    ['00', 'Comptant', 0], // the 2026 French recordings
    ['99', '999 dagen', null],
    ['30', null, null], // the code alone is a free-form key, not a number of days
    ['AI', 'Automatische incasso', null],
    [null, null, null],
  ])('reads code %p with description %p as %p', (code, description, days) => {
    expect(paymentTermDays(code, description, undefined)).toBe(days);
  });

  it('prefers the connector table, ignoring entries that are not whole days', () => {
    expect(paymentTermDays('A1', '30 dagen', { A1: 45 })).toBe(45);
    expect(paymentTermDays('A1', '30 dagen', { A1: 4.5 })).toBe(30);
    expect(paymentTermDays('A1', '30 dagen', { A1: -1 })).toBe(30);
    expect(paymentTermDays('B2', '30 dagen', { A1: 45 })).toBe(30);
  });
});
