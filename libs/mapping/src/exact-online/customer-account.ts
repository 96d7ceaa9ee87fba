// Which crm/Accounts rows are debtors. Exact keeps customers, suppliers, prospects and its own
// "Administration TVA" style accounts in one table (§4.7).

/**
 * True for an account the connector should map as a debtor: `Status` `C` (customer: "filled =
 * account is a customer", crm/Accounts reference) or `IsSales` true ("allowed for sales").
 * Suppliers come as `Status: "A"`, `IsSales: false`, `IsSupplier: true` (the 2013 SDK fixture).
 * `IsPurchase`/`IsSupplier` are not used to exclude: the 2026 recordings show customers with
 * `IsPurchase: true` (fixtures README §2.2), and an account can be both customer and supplier.
 *
 * The connector still maps any account an open receivable points to, whatever this says.
 * Never throws: anything that is not an account row is not a customer.
 */
export function isCustomerAccount(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const row = raw as Readonly<Record<string, unknown>>;
  const status = typeof row.Status === 'string' ? row.Status.trim().toUpperCase() : null;
  return status === 'C' || row.IsSales === true;
}
