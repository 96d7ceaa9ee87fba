export { generateAdministration, MAX_INVOICES } from './administration.js';
export { generateTenantFixture, administrationKey, type AdministrationSpec, type TenantFixtureOptions } from './tenant.js';
export { isValidIban, isValidDutchVatNumber } from './identifiers.js';
export { FATE_SHARES, HISTORY_DAYS, type InvoiceFate } from './invoices.js';
export { MIN_TOTAL_CENTS, MAX_TOTAL_CENTS } from './amounts.js';
