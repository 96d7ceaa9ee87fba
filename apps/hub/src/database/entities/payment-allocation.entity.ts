import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintToNumber } from '../safe-integer.js';

/** How much of a payment settles one invoice (by the invoice's external id). */
@Entity({ name: 'payment_allocations' })
export class PaymentAllocationEntity {
  @PrimaryColumn({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  @PrimaryColumn({ name: 'invoice_external_id', type: 'text' })
  invoiceExternalId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'administration_id', type: 'uuid' })
  administrationId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintToNumber })
  amountCents!: number;
}
