// All administrations of the stand-in, found by key (control API) or by API token (sessions).
import type { AdministrationStore } from './administration-store.js';

export class EBoekhoudenStore {
  private readonly byKey = new Map<string, AdministrationStore>();
  private readonly byApiToken = new Map<string, AdministrationStore>();

  replaceAll(administrations: AdministrationStore[]): void {
    this.byKey.clear();
    this.byApiToken.clear();
    for (const administration of administrations) {
      if (this.byKey.has(administration.key)) throw new Error(`Duplicate administration key ${administration.key}`);
      this.byKey.set(administration.key, administration);
      this.byApiToken.set(administration.apiToken, administration);
    }
  }

  administrations(): AdministrationStore[] {
    return [...this.byKey.values()];
  }

  findByApiToken(apiToken: string): AdministrationStore | undefined {
    return this.byApiToken.get(apiToken);
  }

  find(key: string): AdministrationStore | undefined {
    return this.byKey.get(key);
  }

  /** For control operations: an unknown key is a caller error, not an API error. */
  get(key: string): AdministrationStore {
    const administration = this.byKey.get(key);
    if (!administration) throw new Error(`Unknown e-Boekhouden administration: ${key}`);
    return administration;
  }
}
