// A ConnectorResolver for support tests: per administration, a script answers fetchOne (a
// canonical record, a MappingFailure, null, or a thrown ConnectorError) or resolving itself fails.
import { type Connector, ConnectorError, exactOnlineCapabilities, type MappingFailure } from '@hub/connectors';
import type { CanonicalByResource, CanonicalRecord, Resource } from '@hub/mapping';
import type { ConnectorResolver } from '../../sync/connector-resolver.js';

export type FetchOneScript = (resource: Resource, externalId: string) => Promise<CanonicalRecord | MappingFailure | null>;

export class ScriptedFetchConnector implements Connector {
  readonly platform = 'exact-online' as const;
  readonly capabilities = exactOnlineCapabilities(false);

  constructor(
    private readonly script: FetchOneScript,
    private readonly calls: { resource: Resource; externalId: string }[],
  ) {}

  pull(): AsyncIterable<never> {
    throw new Error('support tests never pull');
  }

  fetchOne<R extends Resource>(resource: R, externalId: string): Promise<CanonicalByResource[R] | MappingFailure | null> {
    this.calls.push({ resource, externalId });
    // The script answers for any resource; the test picks a record of the right one.
    return this.script(resource, externalId) as Promise<CanonicalByResource[R] | MappingFailure | null>;
  }

  writeBack(): Promise<never> {
    return Promise.reject(new ConnectorError({ platform: this.platform, errorClass: 'invalid_request', message: 'support tests never write back' }));
  }
}

export class ScriptedResolver implements ConnectorResolver {
  private readonly scripts = new Map<string, FetchOneScript>();
  private readonly resolveErrors = new Map<string, Error>();
  /** Every fetchOne call, in order. */
  readonly calls: { resource: Resource; externalId: string }[] = [];

  /** fetchOne of this administration answers with `script`. */
  answer(administrationId: string, script: FetchOneScript): void {
    this.scripts.set(administrationId, script);
  }

  /** Resolving this administration's connector throws `error` (e.g. a connection that needs reconnect). */
  failResolving(administrationId: string, error: Error): void {
    this.resolveErrors.set(administrationId, error);
  }

  resolve(tenantId: string, administrationId: string): Promise<{ connector: Connector; scope: { tenantId: string; administrationId: string } }> {
    const error = this.resolveErrors.get(administrationId);
    if (error !== undefined) return Promise.reject(error);
    const script = this.scripts.get(administrationId) ?? (() => Promise.reject(new Error(`no fetchOne script for administration ${administrationId}`)));
    return Promise.resolve({ connector: new ScriptedFetchConnector(script, this.calls), scope: { tenantId, administrationId } });
  }
}
