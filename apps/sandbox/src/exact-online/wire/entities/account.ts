// crm/Accounts as Exact returns it (property order of the recorded 2026 response,
// fixtures/exact-online/crm-account.single.nango-2026.json), plus the bulk and sync variants.
import type { AccountRecord } from '../../store/records.js';
import { defineEntity, deferred, divisionUri, field, type DivisionWireEnv, type EntityDefinition, type FieldDefinition } from '../entity.js';
import { padCode, padRight, wireDate, wireDateFromMs, wireInt64 } from '../values.js';

type F = FieldDefinition<AccountRecord, DivisionWireEnv>;

const COUNTRY_NAMES: Record<string, string> = { NL: 'Nederland', BE: 'België', DE: 'Duitsland', FR: 'Frankrijk', GB: 'Verenigd Koninkrijk' };
const LANGUAGE_DESCRIPTIONS: Record<string, string> = { NL: 'Nederlands', EN: 'Engels' };

const placeholderLogo = (env: DivisionWireEnv): string => `${env.hostBase}//docs/images/placeholder_account_myeol.png`;
const accountUri = (record: AccountRecord, env: DivisionWireEnv): string => divisionUri(env, `crm/Accounts(guid'${record.id}')`);

export function paymentConditionCode(days: number): string {
  return String(days).padStart(2, '0');
}

export function paymentConditionDescription(days: number): string {
  return days === 0 ? 'Contant' : `${days} dagen`;
}

const accountFields: F[] = [
  field.of('ID', 'Guid', (r) => r.id),
  ...field.nulls<AccountRecord, DivisionWireEnv>('Guid', 'Accountant', 'AccountManager'),
  field.constant('AccountManagerFullName', 'String', null),
  field.constant('AccountManagerHID', 'Int32', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('Guid', 'ActivitySector', 'ActivitySubSector'),
  field.of('AddressLine1', 'String', (r) => r.addressLine1),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'AddressLine2', 'AddressLine3'),
  field.of('BankAccounts', 'Navigation', (r, env) => deferred(`${accountUri(r, env)}/BankAccounts`)),
  field.of('Blocked', 'Boolean', (r) => r.blocked),
  field.constant('BRIN', 'Guid', null),
  field.constant('BSN', 'String', null),
  field.constant('BusinessType', 'Guid', null),
  field.constant('CanDropShip', 'Boolean', false),
  field.of('ChamberOfCommerce', 'String', (r) => r.chamberOfCommerce),
  field.of('City', 'String', (r) => r.city),
  field.constant('Classification', 'String', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('Guid', 'Classification1', 'Classification2', 'Classification3', 'Classification4', 'Classification5', 'Classification6', 'Classification7', 'Classification8'),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'ClassificationDescription', 'ClientGroup', 'ClientGroupDescription'),
  field.of('Code', 'String', (r) => padCode(r.code)),
  field.constant('CodeAtSupplier', 'String', null),
  field.constant('CompanySize', 'Guid', null),
  field.constant('ConsolidationScenario', 'Byte', 6),
  field.constant('ControlledDate', 'DateTime', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'Costcenter', 'CostcenterDescription'),
  field.constant('CostPaid', 'Byte', 0),
  field.of('Country', 'String', (r) => padRight(r.countryCode, 3)),
  field.of('CountryName', 'String', (r) => COUNTRY_NAMES[r.countryCode] ?? r.countryCode),
  field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
  field.of('Creator', 'Guid', (r) => r.creatorId),
  field.of('CreatorFullName', 'String', (r, env) => env.fullNameOf(r.creatorId)),
  field.constant('CreditLinePurchase', 'Double', 0),
  field.constant('CreditLineSales', 'Double', 0),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'Currency', 'CustomField'),
  field.of('CustomerSince', 'DateTime', (r) => wireDate(r.customerSince)),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'DatevCreditorCode', 'DatevDebtorCode'),
  field.constant('DeliveryAdvice', 'Byte', null),
  field.constant('DiscountPurchase', 'Double', 0),
  field.constant('DiscountSales', 'Double', 0),
  field.of('Division', 'Int32', (_r, env) => env.store.code),
  field.constant('Document', 'Guid', null),
  field.constant('DunsNumber', 'String', null),
  field.of('Email', 'String', (r) => r.email),
  field.constant('EnableSalesPaymentLink', 'Boolean', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('DateTime', 'EndDate', 'EstablishedDate'),
  field.constant('Fax', 'String', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('Guid', 'GLAccountPurchase', 'GLAccountSales', 'GLAP', 'GLAR'),
  field.constant('GlnNumber', 'String', ''),
  field.constant('HasWithholdingTaxSales', 'Boolean', null),
  field.constant('IgnoreDatevWarningMessage', 'Boolean', false),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'IncotermAddressPurchase', 'IncotermCodePurchase'),
  field.constant('IncotermVersionPurchase', 'Int16', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'IncotermAddressSales', 'IncotermCodeSales'),
  field.constant('IncotermVersionSales', 'Int16', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'IntraStatArea', 'IntraStatDeliveryTerm', 'IntraStatSystem', 'IntraStatTransactionA', 'IntraStatTransactionB', 'IntraStatTransportMethod'),
  field.constant('InvoiceAccount', 'Guid', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'InvoiceAccountCode', 'InvoiceAccountName'),
  field.constant('InvoiceAttachmentType', 'Int32', 1),
  // 2 = e-mail (§4.7).
  field.of('InvoicingMethod', 'Int32', (r) => (r.email === '' ? 1 : 2)),
  field.constant('AutomaticProcessProposedEntry', 'Byte', 0),
  field.constant('IsAccountant', 'Byte', 0),
  field.constant('IsAgency', 'Byte', 0),
  field.constant('IsAnonymised', 'Byte', 0),
  field.constant('IsBank', 'Boolean', false),
  field.constant('IsCompetitor', 'Byte', 0),
  field.constant('IsExtraDuty', 'Boolean', null),
  field.constant('IsMailing', 'Byte', 0),
  field.constant('IsMember', 'Boolean', false),
  field.constant('IsPilot', 'Boolean', false),
  field.constant('IsPurchase', 'Boolean', false),
  field.constant('IsReseller', 'Boolean', false),
  field.constant('IsSales', 'Boolean', true),
  field.constant('IsSupplier', 'Boolean', false),
  field.of('Language', 'String', (r) => padRight(r.language, 10)),
  field.of('LanguageDescription', 'String', (r) => LANGUAGE_DESCRIPTIONS[r.language] ?? null),
  field.constant('Latitude', 'Double', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('Guid', 'LeadSource', 'LeadPurpose'),
  field.constant('LogoFileName', 'String', null),
  field.of('LogoThumbnailUrl', 'String', (_r, env) => placeholderLogo(env)),
  field.of('LogoUrl', 'String', (_r, env) => placeholderLogo(env)),
  field.constant('Logo', 'Binary', null),
  field.constant('Longitude', 'Double', null),
  field.constant('MainContact', 'Guid', null),
  field.of('Modified', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.modifiedMs))),
  field.of('Modifier', 'Guid', (r) => r.modifierId),
  field.of('ModifierFullName', 'String', (r, env) => env.fullNameOf(r.modifierId)),
  field.of('Name', 'String', (r) => r.name),
  field.constant('OINNumber', 'String', ''),
  field.constant('Parent', 'Guid', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'PaymentConditionPurchase', 'PaymentConditionPurchaseDescription'),
  field.of('PaymentConditionSales', 'String', (r) => paymentConditionCode(r.paymentTermDays)),
  field.of('PaymentConditionSalesDescription', 'String', (r) => paymentConditionDescription(r.paymentTermDays)),
  field.constant('PayAsYouEarn', 'String', null),
  field.of('Phone', 'String', (r) => r.phone),
  field.constant('PhoneExtension', 'String', null),
  field.of('Postcode', 'String', (r) => r.postcode),
  field.constant('PriceList', 'Guid', null),
  field.constant('PurchaseCurrency', 'String', 'EUR'),
  field.constant('PurchaseCurrencyDescription', 'String', 'Euro'),
  field.constant('PurchaseLeadDays', 'Int32', 0),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'PurchaseVATCode', 'PurchaseVATCodeDescription', 'Remarks'),
  field.constant('RecepientOfCommissions', 'Boolean', false),
  field.constant('Reseller', 'Guid', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'ResellerCode', 'ResellerName', 'RSIN'),
  field.constant('SalesCurrency', 'String', 'EUR'),
  field.constant('SalesCurrencyDescription', 'String', 'Euro'),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'SalesVATCode', 'SalesVATCodeDescription', 'SearchCode'),
  field.constant('SecurityLevel', 'Int32', 10),
  field.constant('SeparateInvPerProject', 'Byte', 0),
  field.constant('SeparateInvPerSubscription', 'Byte', 0),
  field.constant('ShippingLeadDays', 'Int32', 0),
  field.constant('ShippingMethod', 'Guid', null),
  field.constant('ShowRemarkForSales', 'Boolean', null),
  field.of('StartDate', 'DateTime', (r) => wireDate(r.customerSince)),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'State', 'StateName'),
  // C = customer (§4.7).
  field.constant('Status', 'String', 'C'),
  field.of('StatusSince', 'DateTime', (r) => wireDate(r.customerSince)),
  field.constant('SalesTaxSchedule', 'Guid', null),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'SalesTaxScheduleCode', 'SalesTaxScheduleDescription', 'TradeName'),
  field.constant('Type', 'String', 'A'),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'UniqueTaxpayerReference', 'VATLiability'),
  field.of('VATNumber', 'String', (r) => r.vatNumber),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'Website', 'EORINumber', 'AddressSource'),
  field.constant('Source', 'Int32', 1),
  ...field.nulls<AccountRecord, DivisionWireEnv>('String', 'PeppolIdentifierType', 'PeppolIdentifier'),
];

export const accountEntity: EntityDefinition<AccountRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Account',
  fields: accountFields,
  uri: accountUri,
});

export const bulkAccountEntity: EntityDefinition<AccountRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Bulk.CRM.Account',
  fields: accountFields,
  uri: (r, env) => divisionUri(env, `bulk/CRM/Accounts(guid'${r.id}')`),
});

/** Sync rows are keyed by Timestamp (§4.9); `ID` is an ordinary field there. */
export const syncAccountEntity: EntityDefinition<AccountRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Sync.CRM.Account',
  fields: [field.of('Timestamp', 'Int64', (r) => wireInt64(r.timestamp)), ...accountFields],
  uri: (r, env) => divisionUri(env, `sync/CRM/Accounts(${r.timestamp}L)`),
});
