import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

// A calendar date (midnight UTC) or a date-time with `Z` or an offset. An offset-less time would
// be read in the server's time zone, and ISO 8601's week and ordinal forms are not PostgreSQL's.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Validates an instant filter such as `since`: shape by pattern, calendar validity (no 30 February) by IsISO8601. */
export function IsInstantFilter(): PropertyDecorator {
  return applyDecorators(
    Matches(INSTANT_PATTERN, { message: '$property must be a date (YYYY-MM-DD) or a date-time with Z or an offset' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid ISO 8601 date' }),
  );
}

/** The validated filter as an ISO instant in UTC, for a timestamptz parameter. */
export function toUtcInstant(value: string): string {
  return new Date(value).toISOString();
}
