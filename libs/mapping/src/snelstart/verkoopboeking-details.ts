// `VerkoopBoekingModel` (GET /verkoopboekingen/{id}, notes §4.2): the details the invoice lacks.
import { type MappingResult } from '../model/mapping-error.js';
import { attempt } from '../values/attempt.js';
import { optionalText } from '../values/text.js';
import { asRecord, readId, readInteger } from './fields.js';

export interface VerkoopboekingDetails {
  /** The booking's id: the invoice's `verkoopBoeking.id`, and what bankboekingen settle (§4.4). */
  id: string;
  /** `omschrijving` (≤250), for CanonicalInvoice.description. */
  description: string | null;
  /** `betalingstermijn` in days (0-999), null when absent. */
  paymentTermDays: number | null;
}

/**
 * A verkoopfactuur has no description; its booking does. The pull fetches the booking when it
 * wants one (N+1 calls, §8.6) and sets `description` on the mapped invoice itself.
 */
export function verkoopboekingDetails(raw: unknown): MappingResult<VerkoopboekingDetails> {
  return attempt(() => {
    const record = asRecord(raw, 'VerkoopBoekingModel');
    return {
      id: readId(record),
      description: optionalText(record.omschrijving, 'omschrijving'),
      paymentTermDays: readInteger(record, 'betalingstermijn'),
    };
  });
}
