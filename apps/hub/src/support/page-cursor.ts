import type { KeysetPosition } from '../http/pagination.js';
import type { SqlParams } from './sql-params.js';
/** The condition for "rows after this cursor" in a newest-first listing ordered by (`column`, id) DESC. */
export function olderThan(params: SqlParams, column: string, position: KeysetPosition | null): string[] {
  if (position === null) return [];
  return [`(${column}, id) < (${params.add(position.createdAt)}::timestamptz, ${params.add(position.id)}::uuid)`];
}
