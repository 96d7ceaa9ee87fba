// One token source per administratie for the whole process, so every client of an administratie
// shares its cached token and its single-flight renewal. A new koppelsleutel for the administratie
// (activation `Regenerate`, a pasted replacement) replaces the source and its token.
import { createHash } from 'node:crypto';
import type { SnelStartHttpSettings } from '../http/settings.js';
import { createSnelStartTokenSource, type SnelStartTokenSource, type SnelStartTokenSourceOptions } from './token-source.js';

export class SnelStartTokenSources {
  private readonly sources = new Map<string, { fingerprint: string; source: SnelStartTokenSource }>();

  constructor(private readonly settings: SnelStartHttpSettings) {}

  get(options: SnelStartTokenSourceOptions): SnelStartTokenSource {
    // A digest, so the map never holds the koppelsleutel itself beyond the source that needs it.
    const fingerprint = createHash('sha256').update(options.koppelsleutel.trim()).digest('hex');
    const entry = this.sources.get(options.administration);
    if (entry !== undefined && entry.fingerprint === fingerprint) return entry.source;
    const source = createSnelStartTokenSource(this.settings, options);
    this.sources.set(options.administration, { fingerprint, source });
    return source;
  }

  /** The connection was deleted or revoked: drop its token. */
  forget(administration: string): void {
    this.sources.delete(administration);
  }
}
