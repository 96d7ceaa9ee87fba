// What a SnelStart connection stores, encrypted: the koppelsleutel (§1.1). There is no refresh
// token (§1.3); tokens are minted from the key and never stored.
export interface StoredSnelStartKey {
  koppelsleutel: string;
}

export function storedSnelStartKey(koppelsleutel: string): StoredSnelStartKey {
  return { koppelsleutel };
}

export function parseStoredSnelStartKey(raw: unknown): StoredSnelStartKey {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).koppelsleutel : undefined;
  if (typeof value !== 'string' || value === '') throw new Error('stored SnelStart credentials have no koppelsleutel');
  return { koppelsleutel: value };
}
