// Record ids. Relations, invoices and ledgers carry database-wide numeric ids in e-Boekhouden
// (e.g. ledgerId 13201861 in a captured response, §6.2), so they come from sandbox-wide counters;
// mutation ids are the per-administration mutation numbers (SOAP `MutatieNr`), counted per store.

export interface IdSequences {
  nextRelationId(): number;
  nextInvoiceId(): number;
  nextLedgerId(): number;
}

const FIRST_RELATION_ID = 5_600_001;
const FIRST_INVOICE_ID = 8_100_001;
const FIRST_LEDGER_ID = 13_200_001;

export function createIdSequences(): IdSequences {
  let relation = FIRST_RELATION_ID;
  let invoice = FIRST_INVOICE_ID;
  let ledger = FIRST_LEDGER_ID;
  return {
    nextRelationId: () => relation++,
    nextInvoiceId: () => invoice++,
    nextLedgerId: () => ledger++,
  };
}
