// One e-Boekhouden administration: relations, ledgers, mutations with the open posts of the sales
// invoices among them, and the invoicing module's invoices. It keeps its indexes consistent and
// nothing else: booking rules live in bookings.ts, wire formats in ../serialise.
import type { SandboxDate } from '../../core/contracts.js';
import type { IdSequences } from './ids.js';
import type {
  InvoiceRecord,
  LedgerCategory,
  LedgerRecord,
  MutationRecord,
  OpenPostRecord,
  OpeningBalanceRecord,
  RelationRecord,
} from './records.js';

export interface AdministrationIdentity {
  key: string;
  name: string;
  /** The long-lived API token the customer created for this administration (§1.3). */
  apiToken: string;
  /** The invoicing module's (only) invoice template. */
  invoiceTemplateId: number;
}

export class AdministrationStore {
  readonly key: string;
  readonly name: string;
  readonly apiToken: string;
  readonly invoiceTemplateId: number;
  /** Optional end date of the API token (§1.2); after it, sessions are refused with API_SESSION_004. */
  apiTokenEndDate: SandboxDate | null = null;

  private readonly relationsById = new Map<number, RelationRecord>();
  private readonly relationIdByCode = new Map<string, number>();
  private readonly relationIdByDebtorKey = new Map<string, number>();
  private readonly ledgersById = new Map<number, LedgerRecord>();
  private readonly mutationsById = new Map<number, MutationRecord>();
  private readonly openPostsByMutationId = new Map<number, OpenPostRecord>();
  /** `${relationId}|${invoiceNumber}`: invoice numbers are unique per relation (MUT_019/020). */
  private readonly openPostIdByRelationInvoice = new Map<string, number>();
  private readonly invoicesById = new Map<number, InvoiceRecord>();
  private readonly paymentReferences = new Set<string>();
  private openingBalances: OpeningBalanceRecord[] = [];
  private lastMutationId = 0;

  constructor(
    identity: AdministrationIdentity,
    readonly ids: IdSequences,
  ) {
    this.key = identity.key;
    this.name = identity.name;
    this.apiToken = identity.apiToken;
    this.invoiceTemplateId = identity.invoiceTemplateId;
  }

  // ---- ledgers ------------------------------------------------------------------------------

  addLedger(code: string, description: string, category: LedgerCategory): LedgerRecord {
    const ledger: LedgerRecord = { id: this.ids.nextLedgerId(), code, description, category };
    this.ledgersById.set(ledger.id, ledger);
    return ledger;
  }

  ledger(id: number): LedgerRecord | undefined {
    return this.ledgersById.get(id);
  }

  ledgers(): LedgerRecord[] {
    return [...this.ledgersById.values()];
  }

  /** The first ledger of a category: the debtors ledger (DEB), the bank (FIN), … */
  ledgerOf(category: LedgerCategory): LedgerRecord {
    for (const ledger of this.ledgersById.values()) if (ledger.category === category) return ledger;
    throw new Error(`Administration ${this.key} has no ${category} ledger`);
  }

  // ---- relations ----------------------------------------------------------------------------

  addRelation(relation: RelationRecord): void {
    this.relationsById.set(relation.id, relation);
    this.relationIdByCode.set(relation.code, relation.id);
    this.relationIdByDebtorKey.set(relation.debtorKey, relation.id);
  }

  relation(id: number): RelationRecord | undefined {
    return this.relationsById.get(id);
  }

  relationByCode(code: string): RelationRecord | undefined {
    const id = this.relationIdByCode.get(code);
    return id === undefined ? undefined : this.relationsById.get(id);
  }

  relationByDebtorKey(debtorKey: string): RelationRecord | undefined {
    const id = this.relationIdByDebtorKey.get(debtorKey);
    return id === undefined ? undefined : this.relationsById.get(id);
  }

  /** Ascending id: creation order. */
  relations(): RelationRecord[] {
    return [...this.relationsById.values()];
  }

  /** Replaces a relation's fields, keeping the code index right when the code changes. */
  replaceRelation(next: RelationRecord): void {
    const previous = this.relationsById.get(next.id);
    if (previous && previous.code !== next.code) this.relationIdByCode.delete(previous.code);
    this.addRelation(next);
  }

  removeRelation(id: number): void {
    const relation = this.relationsById.get(id);
    if (!relation) return;
    this.relationsById.delete(id);
    this.relationIdByCode.delete(relation.code);
    this.relationIdByDebtorKey.delete(relation.debtorKey);
  }

  hasBookings(relationId: number): boolean {
    for (const mutation of this.mutationsById.values()) {
      if (mutation.relationId === relationId || mutation.rows.some((row) => row.relationId === relationId)) return true;
    }
    return false;
  }

  // ---- mutations and open posts -------------------------------------------------------------

  nextMutationId(): number {
    return this.lastMutationId + 1;
  }

  addMutation(mutation: MutationRecord): void {
    if (mutation.id <= this.lastMutationId) throw new Error(`Mutation ${mutation.id} is not after ${this.lastMutationId}`);
    this.mutationsById.set(mutation.id, mutation);
    this.lastMutationId = mutation.id;
    if (mutation.paymentReference) this.paymentReferences.add(mutation.paymentReference);
  }

  mutation(id: number): MutationRecord | undefined {
    return this.mutationsById.get(id);
  }

  /** Ascending mutation number. */
  mutations(): MutationRecord[] {
    return [...this.mutationsById.values()];
  }

  hasPaymentReference(reference: string): boolean {
    return this.paymentReferences.has(reference);
  }

  addOpenPost(post: OpenPostRecord): void {
    this.openPostsByMutationId.set(post.mutationId, post);
    this.openPostIdByRelationInvoice.set(relationInvoiceKey(post.relationId, post.invoiceNumber), post.mutationId);
  }

  openPost(mutationId: number): OpenPostRecord | undefined {
    return this.openPostsByMutationId.get(mutationId);
  }

  openPostFor(relationId: number, invoiceNumber: string): OpenPostRecord | undefined {
    const id = this.openPostIdByRelationInvoice.get(relationInvoiceKey(relationId, invoiceNumber));
    return id === undefined ? undefined : this.openPostsByMutationId.get(id);
  }

  openPostByNumber(invoiceNumber: string): OpenPostRecord | undefined {
    for (const post of this.openPostsByMutationId.values()) if (post.invoiceNumber === invoiceNumber) return post;
    return undefined;
  }

  /** Every sales invoice in the ledger, open or settled, ascending mutation number. */
  openPosts(): OpenPostRecord[] {
    return [...this.openPostsByMutationId.values()];
  }

  /** Deletes a sales invoice the way a bookkeeper does in the UI: its mutation and its invoice record. */
  removeInvoice(post: OpenPostRecord): void {
    this.openPostsByMutationId.delete(post.mutationId);
    this.openPostIdByRelationInvoice.delete(relationInvoiceKey(post.relationId, post.invoiceNumber));
    this.mutationsById.delete(post.mutationId);
    for (const invoice of this.invoicesById.values()) {
      if (invoice.mutationId === post.mutationId) this.invoicesById.delete(invoice.id);
    }
  }

  // ---- invoicing module and opening balance -------------------------------------------------

  addInvoice(invoice: InvoiceRecord): void {
    this.invoicesById.set(invoice.id, invoice);
  }

  invoice(id: number): InvoiceRecord | undefined {
    return this.invoicesById.get(id);
  }

  invoiceForMutation(mutationId: number): InvoiceRecord | undefined {
    for (const invoice of this.invoicesById.values()) if (invoice.mutationId === mutationId) return invoice;
    return undefined;
  }

  invoices(): InvoiceRecord[] {
    return [...this.invoicesById.values()];
  }

  setOpeningBalances(rows: OpeningBalanceRecord[]): void {
    this.openingBalances = [...rows];
  }

  openingBalanceRows(): readonly OpeningBalanceRecord[] {
    return this.openingBalances;
  }
}

function relationInvoiceKey(relationId: number, invoiceNumber: string): string {
  return `${relationId}|${invoiceNumber}`;
}
