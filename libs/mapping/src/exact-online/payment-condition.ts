// Payment term in days from an Exact payment condition (`PaymentConditionSales` on crm/Accounts,
// §4.7). The code is a free-form, per-division key into cashflow/PaymentConditions (§4.8): `30`
// may well mean 30 days, but `A1` is just as valid, so the code alone never decides.

const DAYS_IN_TEXT = /\b(\d{1,3})\s*(?:dagen|dag|days?|jours?|tagen?|tage)\b/i;
const NET_DAYS = /\bnet(?:to)?\s*(\d{1,3})\b/i;
// "Contant" (NL), "Comptant" (FR, seen in the 2026 recordings), "Cash", "Sofort": due on the invoice date.
const CASH = /\b(?:contant|comptant|cash|sofort)\b/i;
const MAX_DAYS = 365;

/**
 * Days from the condition: the connector's code → days table when it has one (read from
 * cashflow/PaymentConditions), else the description (`30 dagen`, `14 days`, `Netto 30`,
 * `Contant` → 0). Null when neither says: an unknown term is better than a guessed one.
 */
export function paymentTermDays(
  code: string | null,
  description: string | null,
  table: Readonly<Partial<Record<string, number>>> | undefined,
): number | null {
  const fromTable = code === null ? undefined : table?.[code];
  if (fromTable !== undefined && Number.isSafeInteger(fromTable) && fromTable >= 0) return fromTable;
  if (description === null) return null;
  const match = DAYS_IN_TEXT.exec(description) ?? NET_DAYS.exec(description);
  if (match) {
    const days = Number(match[1]);
    return days <= MAX_DAYS ? days : null;
  }
  return CASH.test(description) ? 0 : null;
}
