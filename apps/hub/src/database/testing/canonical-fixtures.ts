// Valid canonical records for tests, with overridable fields.
import { type CanonicalDebtor, type CanonicalInvoice, type CanonicalPayment, type Platform } from '@hub/mapping';

export interface FixtureScope {
  administrationId: string;
  platform: Platform;
}

export function debtorFixture(scope: FixtureScope, externalId: string, fields: Partial<Omit<CanonicalDebtor, 'source'>> = {}): CanonicalDebtor {
  return {
    source: { platform: scope.platform, administrationId: scope.administrationId, externalId },
    code: `D${externalId}`,
    name: `Debtor ${externalId} B.V.`,
    kind: 'business',
    emails: [`debiteuren+${externalId}@example.nl`, 'administratie@example.nl'],
    phone: '+31201234567',
    address: { line1: 'Keizersgracht 1', line2: null, postalCode: '1015 AA', city: 'Amsterdam', countryCode: 'NL' },
    chamberOfCommerce: '12345678',
    vatNumber: 'NL123456789B01',
    iban: 'NL91ABNA0417164300',
    language: 'nl',
    paymentTermDays: 30,
    active: true,
    platformModifiedAt: '2026-01-15T09:30:00.000Z',
    ...fields,
  };
}

export function invoiceFixture(scope: FixtureScope, externalId: string, fields: Partial<Omit<CanonicalInvoice, 'source'>> = {}): CanonicalInvoice {
  return {
    source: { platform: scope.platform, administrationId: scope.administrationId, externalId },
    number: `2026-${externalId}`,
    kind: 'invoice',
    debtorExternalId: 'D1',
    issueDate: '2026-01-10',
    dueDate: '2026-02-09',
    currency: 'EUR',
    totalCents: 121_00,
    openCents: 121_00,
    status: 'open',
    description: `Invoice ${externalId}`,
    platformModifiedAt: '2026-01-10T08:00:00.000Z',
    ...fields,
  };
}

export function paymentFixture(scope: FixtureScope, externalId: string, fields: Partial<Omit<CanonicalPayment, 'source'>> = {}): CanonicalPayment {
  return {
    source: { platform: scope.platform, administrationId: scope.administrationId, externalId },
    debtorExternalId: 'D1',
    amountCents: 100_00,
    currency: 'EUR',
    date: '2026-02-01',
    method: 'bank_transfer',
    origin: 'platform',
    allocations: [{ invoiceExternalId: 'I1', amountCents: 100_00 }],
    platformModifiedAt: '2026-02-01T10:00:00.000Z',
    ...fields,
  };
}
