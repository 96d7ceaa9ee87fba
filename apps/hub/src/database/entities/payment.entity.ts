import { Column, Entity } from 'typeorm';
import type { PaymentOrigin } from '@hub/mapping';
import { bigintToNumber } from '../safe-integer.js';
import { CanonicalRowColumns } from './canonical-row.columns.js';

/** A payment; what it settles is in payment_allocations (PaymentAllocationEntity). */
@Entity({ name: 'payments' })
export class PaymentEntity extends CanonicalRowColumns {
  @Column({ name: 'debtor_external_id', type: 'text', nullable: true })
  debtorExternalId!: string | null;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintToNumber })
  amountCents!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** YYYY-MM-DD (the canonical `date`). */
  @Column({ name: 'payment_date', type: 'date' })
  paymentDate!: string;

  @Column({ type: 'text', nullable: true })
  method!: string | null;

  @Column({ type: 'text' })
  origin!: PaymentOrigin;

  @Column({ name: 'platform_modified_at', type: 'timestamptz', nullable: true })
  platformModifiedAt!: Date | null;
}
