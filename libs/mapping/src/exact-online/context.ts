// What an Exact Online mapper needs to know besides the raw record.
import { type DebtorKind, type SourceRef } from '../model/canonical.js';
import { type TimeZone } from '../values/time-zone.js';

export interface SourceContext {
  /** Our id of the administration (the Exact division) the record came from. */
  administrationId: string;
  /**
   * The zone Exact's `/Date(ms)/` moments (`Modified`, `DeletedDate`) are written in. Exact
   * writes the division's local wall-clock time as if it were UTC (fixtures README §2.3: an
   * invoice POSTed at 14:31:00Z came back with `Modified` = 16:31:00 "UTC", the CEST time), so
   * the default is Europe/Amsterdam; `UTC` reads the milliseconds as a true epoch. A value with
   * an explicit offset (`/Date(ms+0100)/`) is always read as UTC milliseconds, as the format says.
   * Day fields (`InvoiceDate`, `DueDate`) are not affected: they are calendar days either way.
   */
  instantZone?: TimeZone;
  /**
   * The kind for an account that shows no sign of being a business (see debtor-kind.ts).
   * Defaults to `consumer`, the legally safe side: a business treated as a consumer only gets
   * the 14-day letter it did not need; a consumer treated as a business gets costs charged unlawfully.
   */
  defaultDebtorKind?: DebtorKind;
  /**
   * Days per payment-condition code (`PaymentConditionSales`, trimmed), when the connector has
   * read the division's `cashflow/PaymentConditions`; codes are per division and free-form, so
   * without it the days are read from the condition's description (see payment-condition.ts).
   */
  paymentConditionDays?: Readonly<Partial<Record<string, number>>>;
}

export function instantZoneOf(context: SourceContext): TimeZone {
  return context.instantZone ?? 'Europe/Amsterdam';
}

export function sourceRef(context: SourceContext, externalId: string): SourceRef {
  return { platform: 'exact-online', administrationId: context.administrationId, externalId };
}
