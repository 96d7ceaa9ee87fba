// A table of records with the three orders Exact pages by: insertion (ReceivablesList, `$skip`),
// key (CRUD and bulk endpoints, `$skiptoken=guid'…'`) and row version (sync endpoints,
// `$skiptoken=123L`, §3.2/§4.9). Sync reads must stay cheap at 200,000 invoices, so the
// row-version order is an append-only log (two parallel arrays, no object per entry) from which
// superseded entries are dropped lazily. Keys are lowercase GUIDs; lookups lowercase their input.

export class RecordTable<T> {
  private readonly byKey = new Map<string, T>();
  private keyOrder: T[] | null = null;
  private logTimestamps: number[] = [];
  private logRecords: T[] = [];
  private staleEntries = 0;

  constructor(
    private readonly keyOf: (record: T) => string,
    private readonly timestampOf: ((record: T) => number) | null = null,
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): T | undefined {
    return this.byKey.get(key.toLowerCase());
  }

  /** Insertion order. */
  values(): IterableIterator<T> {
    return this.byKey.values();
  }

  /** `keyOf(record)` must be lowercase (all GUIDs the stand-in makes or accepts are). */
  insert(record: T): void {
    const key = this.keyOf(record);
    if (this.byKey.has(key)) throw new Error(`Duplicate key ${key}`);
    this.byKey.set(key, record);
    this.keyOrder = null;
    this.appendToLog(record);
  }

  /** Call after giving a record a new row version. */
  touched(record: T): void {
    this.staleEntries++;
    this.appendToLog(record);
  }

  remove(key: string): T | undefined {
    const normalised = key.toLowerCase();
    const record = this.byKey.get(normalised);
    if (record === undefined) return undefined;
    this.byKey.delete(normalised);
    this.keyOrder = null;
    this.staleEntries++;
    return record;
  }

  /** Records ordered by key, starting after `afterKey`. */
  *inKeyOrder(afterKey: string | null = null): Generator<T> {
    const sorted = this.sortedByKey();
    let start = 0;
    if (afterKey !== null) {
      const target = afterKey.toLowerCase();
      start = lowerBound(sorted.length, (i) => this.keyOf(sorted[i] as T) <= target);
    }
    for (let i = start; i < sorted.length; i++) {
      const record = sorted[i] as T;
      // The sorted snapshot may outlive a removal made while a page is being read.
      if (this.byKey.get(this.keyOf(record)) === record) yield record;
    }
  }

  /** Live records whose row version is above `afterTimestamp`, in row-version order. */
  *inTimestampOrder(afterTimestamp: number): Generator<T> {
    const timestampOf = this.requireTimestamps();
    this.compactIfWorthIt(timestampOf);
    const timestamps = this.logTimestamps;
    const records = this.logRecords;
    const start = lowerBound(timestamps.length, (i) => (timestamps[i] as number) <= afterTimestamp);
    for (let i = start; i < timestamps.length; i++) {
      const record = records[i] as T;
      if (this.isLive(record, timestamps[i] as number, timestampOf)) yield record;
    }
  }

  private appendToLog(record: T): void {
    if (this.timestampOf === null) return;
    this.logTimestamps.push(this.timestampOf(record));
    this.logRecords.push(record);
  }

  private isLive(record: T, loggedAt: number, timestampOf: (record: T) => number): boolean {
    return timestampOf(record) === loggedAt && this.byKey.get(this.keyOf(record)) === record;
  }

  private compactIfWorthIt(timestampOf: (record: T) => number): void {
    if (this.staleEntries < 1024 || this.staleEntries < this.logTimestamps.length / 2) return;
    const timestamps: number[] = [];
    const records: T[] = [];
    for (let i = 0; i < this.logTimestamps.length; i++) {
      const record = this.logRecords[i] as T;
      const loggedAt = this.logTimestamps[i] as number;
      if (!this.isLive(record, loggedAt, timestampOf)) continue;
      timestamps.push(loggedAt);
      records.push(record);
    }
    this.logTimestamps = timestamps;
    this.logRecords = records;
    this.staleEntries = 0;
  }

  private requireTimestamps(): (record: T) => number {
    if (this.timestampOf === null) throw new Error('This table has no row versions');
    return this.timestampOf;
  }

  private sortedByKey(): T[] {
    if (this.keyOrder === null) {
      const keyed = [...this.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.keyOrder = keyed.map(([, record]) => record);
    }
    return this.keyOrder;
  }
}

/** First index in [0, length) for which `isBefore` is false (isBefore must be monotone). */
function lowerBound(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
