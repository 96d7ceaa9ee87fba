// Exact has no "is a person" field: crm/Accounts offers only indirect evidence, weighed by the
// shared rule in values/debtor-kind.ts (also used for SnelStart).
export { type DebtorKindEvidence, inferDebtorKind } from '../values/debtor-kind.js';
