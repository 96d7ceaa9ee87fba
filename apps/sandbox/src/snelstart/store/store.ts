// The administraties the stand-in serves, by neutral key and by SnelStart id.
import { SandboxControlError } from '../../core/contracts.js';
import type { Administration } from './types.js';

export class SnelStartStore {
  private byKeyMap = new Map<string, Administration>();
  private byIdMap = new Map<string, Administration>();

  replace(administrations: readonly Administration[]): void {
    this.byKeyMap = new Map(administrations.map((administration) => [administration.key, administration]));
    this.byIdMap = new Map(administrations.map((administration) => [administration.id, administration]));
  }

  list(): Administration[] {
    return [...this.byKeyMap.values()];
  }

  byKey(key: string): Administration {
    const administration = this.byKeyMap.get(key);
    if (!administration) throw new SandboxControlError(404, `No SnelStart administratie with key '${key}'`);
    return administration;
  }

  byKeyOrNull(key: string): Administration | null {
    return this.byKeyMap.get(key) ?? null;
  }

  byId(id: string): Administration | undefined {
    return this.byIdMap.get(id);
  }
}
