// The core control API's view of SnelStart (PlatformControl): what a bookkeeper does in the
// package itself, applied to the store at the sandbox clock's "now".
import type { PlatformControl } from '../core/contracts.js';
import { nowNaive, type SnelStartState } from './state.js';
import { changeDebtor, deleteDebtor } from './store/debtor-control.js';
import { addInvoice, changeInvoice, deleteInvoice, openItems, registerPayment } from './store/invoice-control.js';

export function snelStartControl(state: SnelStartState): PlatformControl {
  const administration = (key: string) => state.store.byKey(key);
  return {
    registerPayment: (key, invoiceNumber, amountCents, date) =>
      registerPayment(administration(key), { invoiceNumber, amountCents, ...(date === undefined ? {} : { date }) }, nowNaive(state), state.options),
    addInvoice: (key, invoice) => addInvoice(administration(key), invoice, nowNaive(state)),
    changeInvoice: (key, invoiceNumber, patch) => changeInvoice(administration(key), invoiceNumber, patch, nowNaive(state)),
    deleteInvoice: (key, invoiceNumber) => deleteInvoice(administration(key), invoiceNumber),
    changeDebtor: (key, debtorCode, patch) => changeDebtor(administration(key), debtorCode, patch, nowNaive(state), state.options.customFieldDefinitions),
    deleteDebtor: (key, debtorCode) => deleteDebtor(administration(key), debtorCode, nowNaive(state)),
    openItems: (key) => openItems(administration(key)),
  };
}
