// Test helper: run a parser that must fail and check that the MappingError names the field and
// keeps the raw value. Plain throws instead of jest's `expect`, so the file also compiles in the
// production build (which has no jest types) even though only specs import it.
import { MappingError } from '../../model/mapping-error.js';

export function expectMappingError(run: () => unknown, field: string, raw: unknown): MappingError {
  try {
    run();
  } catch (error) {
    if (!(error instanceof MappingError)) throw new Error(`expected a MappingError for ${field}, got: ${String(error)}`, { cause: error });
    if (error.field !== field) throw new Error(`expected the MappingError to name ${field}, it names ${error.field}`, { cause: error });
    if (!Object.is(error.rawValue, raw)) throw new Error(`expected the MappingError for ${field} to keep the raw value, got: ${error.message}`, { cause: error });
    return error;
  }
  throw new Error(`expected a MappingError for ${field}, but the call returned normally`);
}
