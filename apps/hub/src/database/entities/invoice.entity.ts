import { Column, Entity } from 'typeorm';
import type { InvoiceKind, InvoiceStatus } from '@hub/mapping';
import { bigintToNumber } from '../safe-integer.js';
import { CanonicalRowColumns } from './canonical-row.columns.js';

@Entity({ name: 'invoices' })
export class InvoiceEntity extends CanonicalRowColumns {
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  kind!: InvoiceKind;

  /** The debtor's external id in the same administration (no FK: pages arrive in any order). */
  @Column({ name: 'debtor_external_id', type: 'text' })
  debtorExternalId!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'issue_date', type: 'date' })
  issueDate!: string;

  /** YYYY-MM-DD */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'total_cents', type: 'bigint', transformer: bigintToNumber })
  totalCents!: number;

  @Column({ name: 'open_cents', type: 'bigint', transformer: bigintToNumber })
  openCents!: number;

  @Column({ type: 'text' })
  status!: InvoiceStatus;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'platform_modified_at', type: 'timestamptz', nullable: true })
  platformModifiedAt!: Date | null;
}
