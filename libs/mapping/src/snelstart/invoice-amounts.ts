// Kind, signs, open amount and status of a verkoopfactuur (notes §4.1, §3.3, §10.6). SnelStart has
// no status field: everything is derived from `factuurBedrag` and `openstaandSaldo`.
import { type InvoiceKind, type InvoiceStatus } from '../model/canonical.js';
import { MappingError } from '../model/mapping-error.js';

export interface InvoiceAmounts {
  kind: InvoiceKind;
  totalCents: number;
  openCents: number;
  status: InvoiceStatus;
}

/**
 * - kind: a negative `factuurBedrag` is a credit note (§3.3 🟡: credit notes come with negative
 *   amounts). With a zero total the sign of `openstaandSaldo` decides, else it is an invoice;
 * - total: `factuurBedrag` as sent (already signed: negative for a credit note);
 * - open: `openstaandSaldo`, which carries the total's sign while something is open. An open
 *   amount of the opposite sign (an invoice paid too much, a credit note refunded too much) is
 *   not this invoice's debt: open becomes 0 and the raw amount is reported in `dropped`. An open
 *   amount beyond the total (costs or a reversed payment booked on the item) is kept as the ledger
 *   says: that is what the debtor owes;
 * - status: 0 open → `paid` (a settled credit note too: it was refunded or set off); open ≥ total
 *   in size → `open`; else `partially_paid`. Which invoice a credit note credited is not on either
 *   record, so `credited` is left to the hub; "overdue" is not a status (the dunning engine
 *   compares the due date).
 */
export function deriveAmounts(totalCents: number, rawOpenCents: number, openRaw: unknown, dropped: MappingError[]): InvoiceAmounts {
  const sign = totalCents !== 0 ? Math.sign(totalCents) : rawOpenCents < 0 ? -1 : 1;
  let openCents = rawOpenCents;
  if (openCents !== 0 && Math.sign(openCents) !== sign) {
    dropped.push(
      new MappingError('openstaandSaldo', openRaw, sign > 0 ? 'negative on an invoice (paid too much): taken as settled' : 'positive on a credit note (refunded too much): taken as settled'),
    );
    openCents = 0;
  }
  return { kind: sign < 0 ? 'credit_note' : 'invoice', totalCents, openCents, status: statusOf(openCents, totalCents) };
}

function statusOf(openCents: number, totalCents: number): InvoiceStatus {
  if (openCents === 0) return 'paid';
  return Math.abs(openCents) >= Math.abs(totalCents) ? 'open' : 'partially_paid';
}
