import { Column, Entity } from 'typeorm';
import type { DebtorKind, Language, PostalAddress } from '@hub/mapping';
import { CanonicalRowColumns } from './canonical-row.columns.js';

@Entity({ name: 'debtors' })
export class DebtorEntity extends CanonicalRowColumns {
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: DebtorKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails!: string[];

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  address!: PostalAddress | null;

  @Column({ name: 'chamber_of_commerce', type: 'text', nullable: true })
  chamberOfCommerce!: string | null;

  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  iban!: string | null;

  @Column({ type: 'text' })
  language!: Language;

  @Column({ name: 'payment_term_days', type: 'integer', nullable: true })
  paymentTermDays!: number | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'platform_modified_at', type: 'timestamptz', nullable: true })
  platformModifiedAt!: Date | null;
}
