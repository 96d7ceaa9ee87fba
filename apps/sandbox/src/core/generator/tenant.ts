// Several administrations for one tenant (an accountancy firm's clients), keyed adm-1, adm-2, …
// Each gets its own seed derived from the tenant seed, so adding a third one leaves the first two as they were.
import type { GeneratedAdministration, SandboxDate } from '../contracts.js';
import { deriveSeed } from '../random.js';
import { generateAdministration } from './administration.js';

export interface AdministrationSpec {
  invoices: number;
  debtors?: number;
  name?: string;
}

export interface TenantFixtureOptions {
  seed: number;
  today: SandboxDate;
  administrations: readonly AdministrationSpec[];
}

export function administrationKey(index: number): string {
  return `adm-${index + 1}`;
}

export function generateTenantFixture(options: TenantFixtureOptions): GeneratedAdministration[] {
  return options.administrations.map((spec, index) => {
    const key = administrationKey(index);
    return generateAdministration({ ...spec, key, seed: deriveSeed(options.seed, key), today: options.today });
  });
}
