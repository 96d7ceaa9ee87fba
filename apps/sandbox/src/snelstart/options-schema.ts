// What PUT /_sandbox/snelstart/options accepts: any subset of SnelStartSandboxOptions. Values
// replace the current ones whole (`rateLimits` needs all three numbers, or null for no limits).
import { boolean, httpUrl, integer, list, nullable, oneOf, optional, readOptionPatch, record, text } from '../core/control/option-readers.js';
import { SNELSTART_SCOPES, type CustomFieldDefinition, type SnelStartRateLimits, type SnelStartSandboxOptions } from './options.js';

const MANY = 1_000_000_000;

const rateLimits = record<SnelStartRateLimits>({ perMinute: integer(1, MANY), perHour: integer(1, MANY), concurrent: integer(1, 100_000) });

const customField = record<CustomFieldDefinition>({
  name: text(100),
  type: oneOf('Text', 'Integer', 'Money', 'Float', 'DateTime', 'Boolean', 'Enum'),
  relatiesoort: oneOf('Klant', 'Leverancier'),
  maxLength: optional(integer(1, 10_000)),
  possibleValues: optional(list(text(200), { min: 1 })),
});

export function parseSnelStartOptionPatch(body: unknown): Partial<SnelStartSandboxOptions> {
  return readOptionPatch<SnelStartSandboxOptions>(body, {
    appShortName: text(100),
    activationWebhookUrl: httpUrl(),
    paymentBumpsInvoiceModifiedOn: boolean(),
    customFieldsBumpRelatieModifiedOn: boolean(),
    topAboveMaximum: oneOf('clamp', 'error'),
    orderBy: oneOf('honour', 'ignore'),
    rateLimits: nullable(rateLimits),
    rateLimitScope: oneOf('administration', 'subscription-key'),
    hourlyLimitResponse: oneOf('rate-limit-429', 'quota-403'),
    retryAfterHeader: boolean(),
    timeZone: oneOf('Europe/Amsterdam', 'UTC'),
    aspNetErrorKeys: oneOf('camel', 'pascal'),
    tokensSurviveKeyRevocation: boolean(),
    grantedScopes: list(oneOf(...SNELSTART_SCOPES), { max: SNELSTART_SCOPES.length }),
    customFieldDefinitions: list(customField),
  });
}
