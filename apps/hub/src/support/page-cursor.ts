import { BadRequestException } from '@nestjs/common';
import { decodeCursor, type KeysetPosition } from '../http/pagination.js';
import { isUuid } from '../store/store-scope.js';
import type { SqlParams } from './sql-params.js';

/**
 * decodeCursor, plus a check that the id part is a uuid: a forged cursor must be a 400, not a
 * PostgreSQL cast error (a 500).
 */
export function decodePageCursor(cursor: string | undefined): KeysetPosition | null {
  const position = decodeCursor(cursor);
  if (position !== null && !isUuid(position.id)) {
    throw new BadRequestException({ message: 'Invalid cursor', details: [{ field: 'cursor', messages: ['cursor is not one this API issued'] }] });
  }
  return position;
}

/** The condition for "rows after this cursor" in a newest-first listing ordered by (`column`, id) DESC. */
export function olderThan(params: SqlParams, column: string, position: KeysetPosition | null): string[] {
  if (position === null) return [];
  return [`(${column}, id) < (${params.add(position.createdAt)}::timestamptz, ${params.add(position.id)}::uuid)`];
}
