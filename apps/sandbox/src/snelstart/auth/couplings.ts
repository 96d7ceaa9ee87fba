// Koppelsleutels: one per administratie per coupling (notes §1.1). A seeded administratie has a
// "maatwerk" key a user made by hand in SnelStart Web; the activation flow (notes §1.4) adds a key
// for the partner's app, which `Regenerate` replaces and `Delete` revokes. A koppelsleutel is
// base64 of `username:password` (SnelStart's own .NET client decodes it so, notes §1.2).
import { stableHex, stableUuid } from '../ids.js';

export const MAATWERK = 'maatwerk';

export interface Coupling {
  readonly administrationKey: string;
  /** MAATWERK, or the app short name of an activation. */
  readonly app: string;
  readonly koppelsleutel: string;
  readonly username: string;
  readonly password: string;
  /** What the partner passed in the activation link; echoed in every webhook call. */
  readonly referenceKey: string | null;
  readonly generation: number;
  active: boolean;
}

export class CouplingRegistry {
  private couplings = new Map<string, Coupling>();
  private generations = new Map<string, number>();

  /** Forget every key and give each administratie a fresh maatwerk key. */
  reset(administrationKeys: readonly string[]): void {
    this.couplings.clear();
    this.generations.clear();
    for (const key of administrationKeys) this.issue(key, MAATWERK, null);
  }

  find(koppelsleutel: string): Coupling | undefined {
    return this.couplings.get(koppelsleutel);
  }

  findByCredentials(username: string, password: string): Coupling | undefined {
    return [...this.couplings.values()].find((coupling) => coupling.username === username && coupling.password === password);
  }

  current(administrationKey: string, app: string): Coupling | undefined {
    return [...this.couplings.values()].find((coupling) => coupling.active && coupling.administrationKey === administrationKey && coupling.app === app);
  }

  /** A new key for (administratie, app); the one it replaces stops working. */
  issue(administrationKey: string, app: string, referenceKey: string | null): Coupling {
    this.revoke(administrationKey, app);
    const slot = `${administrationKey}\u001f${app}`;
    const generation = (this.generations.get(slot) ?? 0) + 1;
    this.generations.set(slot, generation);
    const username = stableUuid('snelstart', 'koppelsleutel', administrationKey, app, generation);
    const password = stableHex(40, 'snelstart', 'koppelsleutel', administrationKey, app, generation);
    const coupling: Coupling = {
      administrationKey,
      app,
      koppelsleutel: Buffer.from(`${username}:${password}`).toString('base64'),
      username,
      password,
      referenceKey,
      generation,
      active: true,
    };
    this.couplings.set(coupling.koppelsleutel, coupling);
    return coupling;
  }

  revoke(administrationKey: string, app: string): Coupling | undefined {
    const coupling = this.current(administrationKey, app);
    if (coupling) coupling.active = false;
    return coupling;
  }
}
