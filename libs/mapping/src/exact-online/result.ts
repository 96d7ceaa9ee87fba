// The shared attempt/lenient helpers (values/attempt.ts), under the name the Exact mappers import.
export { attempt, type LenientMappingResult, parseLeniently, type RowFailure } from '../values/attempt.js';
