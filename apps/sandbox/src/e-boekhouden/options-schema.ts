// What PUT /_sandbox/e-boekhouden/options accepts: any subset of EBoekhoudenSandboxOptions.
import { boolean, date, integer, nullable, number, oneOf, readOptionPatch } from '../core/control/option-readers.js';
import type { EBoekhoudenSandboxOptions } from './options.js';

export function parseEBoekhoudenOptionPatch(body: unknown): Partial<EBoekhoudenSandboxOptions> {
  return readOptionPatch<EBoekhoudenSandboxOptions>(body, {
    sessionLifetimeSeconds: integer(1, 7 * 86_400),
    slidingSessions: boolean(),
    bearerPrefix: oneOf('accept', 'reject'),
    countMeaning: oneOf('page', 'total'),
    patchOmittedFields: oneOf('keep', 'clear'),
    omitEmptyFields: boolean(),
    relationDateWithTime: boolean(),
    openingBalanceRows: boolean(),
    paymentReferenceCheck: oneOf('always', 'when-requested'),
    notFoundStatus: oneOf(404, 400),
    invoiceModuleShare: number(0, 1),
    closedUntil: nullable(date()),
  });
}
