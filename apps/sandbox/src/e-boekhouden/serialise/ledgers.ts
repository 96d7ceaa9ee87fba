// Schema `LedgerListItem`/`Ledger` (§3.6): the ledger ids a payment booking needs (DEB, FIN).
import type { LedgerRecord } from '../store/records.js';

export type LedgerItem = {
  id: number;
  code: string;
  description: string;
  category: string;
};

export function ledgerItem(ledger: LedgerRecord): LedgerItem {
  return { id: ledger.id, code: ledger.code, description: ledger.description, category: ledger.category };
}
