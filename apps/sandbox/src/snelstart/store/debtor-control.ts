// Debtor edits made in SnelStart itself. A relatie with bookings cannot be hard-deleted
// (REL-0049, notes §4.6), so "deleting" it sets `nonactief`, SnelStart's soft delete; one without
// bookings disappears without a trace.
import { SandboxControlError, type DebtorPatch } from '../../core/contracts.js';
import type { CustomFieldDefinition } from '../options.js';
import type { NaiveMs } from '../wire/datetime.js';
import type { Administration, Relatie } from './types.js';

export function findRelatieByCode(administration: Administration, debtorCode: string): Relatie {
  const id = administration.relatieIdByCode.get(Number.parseInt(debtorCode, 10));
  const relatie = id === undefined ? undefined : administration.relaties.get(id);
  if (!relatie) throw new SandboxControlError(404, `No relatie with relatiecode ${debtorCode} in administratie ${administration.key}`);
  return relatie;
}

export function changeDebtor(
  administration: Administration,
  debtorCode: string,
  patch: DebtorPatch,
  now: NaiveMs,
  definitions: readonly CustomFieldDefinition[],
): void {
  const relatie = findRelatieByCode(administration, debtorCode);
  if (patch.name !== undefined) relatie.naam = patch.name.slice(0, 50);
  if (patch.email !== undefined) {
    // Sending addresses that followed the main address follow it again.
    for (const setting of Object.values(relatie.emailSettings)) {
      if (setting.email === relatie.email) setting.email = patch.email;
    }
    relatie.email = patch.email;
  }
  if (patch.language !== undefined) {
    const taal = definitions.find((definition) => definition.name === 'Taal' && definition.relatiesoort === 'Klant');
    if (!taal) throw new SandboxControlError(409, 'This administratie has no "Taal" extra veld to hold a language');
    relatie.customFields.set(taal.name, patch.language.toUpperCase());
  }
  relatie.modifiedOn = now;
  administration.version++;
}

export function deleteDebtor(administration: Administration, debtorCode: string, now: NaiveMs): void {
  const relatie = findRelatieByCode(administration, debtorCode);
  const hasBookings = [...administration.boekingen.values()].some((boeking) => boeking.klantId === relatie.id);
  if (hasBookings) {
    relatie.nonactief = true;
    relatie.modifiedOn = now;
  } else {
    administration.relaties.delete(relatie.id);
    administration.relatieIdByCode.delete(relatie.relatiecode);
    if (relatie.debtorKey !== null) administration.relatieIdByDebtorKey.delete(relatie.debtorKey);
  }
  administration.version++;
}
