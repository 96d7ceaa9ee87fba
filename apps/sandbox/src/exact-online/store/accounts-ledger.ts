// Debtors (crm/Accounts, §4.7): creating, changing and deleting them the way the package would,
// each change bumping the row version and each deletion leaving a sync/Deleted row (EntityType 2).
import type { DebtorPatch, GeneratedDebtor, SandboxDate } from '../../core/contracts.js';
import type { BookkeepingContext, ChangeEvent } from './changes.js';
import { deleteEntry } from './entries-ledger.js';
import { DELETED_ENTITY_TYPE, type AccountRecord } from './records.js';

export function createAccount(ctx: BookkeepingContext, debtor: GeneratedDebtor, customerSince: SandboxDate): { account: AccountRecord; events: ChangeEvent[] } {
  const { store } = ctx;
  const account: AccountRecord = {
    ...store.versionForNew(ctx.actorId, ctx.nowMs),
    id: store.newGuid(),
    code: debtor.code,
    name: debtor.name,
    kind: debtor.kind,
    contactName: debtor.contactName,
    email: debtor.email,
    phone: debtor.phone,
    addressLine1: `${debtor.address.street} ${debtor.address.houseNumber}`,
    postcode: debtor.address.postalCode,
    city: debtor.address.city,
    countryCode: debtor.address.countryCode,
    language: debtor.language === 'en' ? 'EN' : 'NL',
    chamberOfCommerce: debtor.kvk,
    vatNumber: debtor.vatNumber,
    iban: debtor.iban,
    paymentTermDays: debtor.paymentTermDays,
    blocked: !debtor.active,
    customerSince,
    generatedKey: debtor.key,
  };
  if (store.accountIdByCode.has(account.code)) throw new Error(`Debtor code ${account.code} already exists in division ${store.code}`);
  store.accounts.insert(account);
  store.accountIdByCode.set(account.code, account.id);
  store.accountIdByGeneratedKey.set(debtor.key, account.id);
  return { account, events: [{ topic: 'Accounts', action: 'Create', key: account.id }] };
}

export function updateAccount(ctx: BookkeepingContext, account: AccountRecord, patch: DebtorPatch): ChangeEvent[] {
  if (patch.name !== undefined) account.name = patch.name;
  if (patch.email !== undefined) account.email = patch.email;
  if (patch.language !== undefined) account.language = patch.language === 'en' ? 'EN' : 'NL';
  ctx.store.stamp(account, ctx.actorId, ctx.nowMs);
  ctx.store.accounts.touched(account);
  return [{ topic: 'Accounts', action: 'Update', key: account.id }];
}

/**
 * Exact refuses to delete an account that has entries; the control API models "the debtor is
 * gone", so its entries go first (each with its own sync/Deleted rows), then the account.
 */
export function deleteAccount(ctx: BookkeepingContext, account: AccountRecord): ChangeEvent[] {
  const { store } = ctx;
  const events: ChangeEvent[] = [];
  for (const entry of [...store.entries.values()].filter((e) => e.accountId === account.id)) {
    events.push(...deleteEntry(ctx, entry));
  }
  store.accounts.remove(account.id);
  store.accountIdByCode.delete(account.code);
  store.accountIdByGeneratedKey.delete(account.generatedKey);
  store.recordDeletion(DELETED_ENTITY_TYPE.accounts, account.id, ctx.actorId, ctx.nowMs);
  events.push({ topic: 'Accounts', action: 'Delete', key: account.id });
  return events;
}
