// List endpoints take `?limit=` (default 50, max 500) and an opaque `?cursor=` and answer
// `{ items, nextCursor }`. The cursor is keyset-based (created_at, id), so pages stay stable
// while rows are added. It carries created_at as PostgreSQL printed it (microseconds), because a
// JavaScript Date would cut it to milliseconds and skip or repeat rows.
import { BadRequestException } from '@nestjs/common';
import { isUuid } from '../store/store-scope.js';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @IsOptional()
  @IsString()
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetPosition {
  createdAt: string;
  id: string;
}

export const DEFAULT_PAGE_SIZE = 50;

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      const [createdAt, id] = parsed as [string, string];
      // Both parts are checked: a forged cursor must be a 400, not a PostgreSQL cast error (a 500).
      if (/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(createdAt) && isUuid(id)) return { createdAt, id };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException({ message: 'Invalid cursor', details: [{ field: 'cursor', messages: ['cursor is not one this API issued'] }] });
}

/** Select this next to the columns of a paged query: `created_at` at full precision. */
export const CURSOR_COLUMN = `created_at::text AS cursor_created_at`;

/** Builds a page from `limit + 1` fetched rows: the extra row only tells that there is a next page. */
export function toPage<Row extends { cursor_created_at: string; id: string }, Item>(rows: Row[], limit: number, present: (row: Row) => Item): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.cursor_created_at, id: last.id }) : null,
  };
}
