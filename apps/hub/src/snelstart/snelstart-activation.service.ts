import { ConflictException, GoneException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { SnelStartCompanyInfo } from '@hub/connectors';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { ConnectionService } from '../connections/connection.service.js';
import { queryRows } from '../core/sql.js';
import type { ActivationPayload } from './activation-payload.js';
import { throwKeyCheckFailure } from './key-check-errors.js';
import { type ActivationLookup, SnelStartActivationStore } from './snelstart-activation.store.js';
import { SnelStartApp } from './snelstart-app.js';
import { SnelStartConnectionWriter } from './snelstart-connection.writer.js';
import { parseStoredSnelStartKey } from './stored-snelstart-key.js';

export interface ActivationAnswer {
  /** `duplicate`: this delivery changed nothing (seen before); `ignored`: it addressed a key the connection no longer uses. */
  status: 'connected' | 'updated' | 'revoked' | 'duplicate' | 'ignored';
  connectionId: string;
}

type Bound = Extract<ActivationLookup, { state: 'bound' }> & { connectionId: string };

/**
 * The koppelsleutel webhook (§1.4, §5). Nothing authenticates the call but the ReferenceKey, so a
 * `Create` needs a pending (issued, unexpired, unused) one, and `Regenerate`/`Delete` one already
 * bound to a connection; anything else is refused and stores nothing. Delivered keys are tested
 * (companyInfo) before they are stored. A repeated delivery answers 200 and changes nothing.
 */
@Injectable()
export class SnelStartActivationService {
  private readonly logger = new Logger(SnelStartActivationService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SnelStartApp) private readonly app: SnelStartApp,
    @Inject(SnelStartActivationStore) private readonly activations: SnelStartActivationStore,
    @Inject(SnelStartConnectionWriter) private readonly writer: SnelStartConnectionWriter,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
    @Inject(ConnectionService) private readonly connections: ConnectionService,
  ) {}

  async receive(payload: ActivationPayload): Promise<ActivationAnswer> {
    const found = await this.activations.lookup(payload.referenceKey);
    const answer = await this.handle(payload, found);
    this.logger.log({ msg: 'SnelStart koppelsleutel webhook handled', action: payload.action, status: answer.status, tenantId: tenantOf(found), connectionId: answer.connectionId });
    return answer;
  }

  private handle(payload: ActivationPayload, found: ActivationLookup): Promise<ActivationAnswer> {
    if (payload.action === 'Create') {
      if (found.state === 'pending') return this.create(payload, found);
      return this.repeatedCreate(payload, this.bound(found, payload));
    }
    const bound = this.bound(found, payload);
    return payload.action === 'Regenerate' ? this.regenerate(payload, bound) : this.remove(payload, bound);
  }

  private async create(payload: ActivationPayload, pending: Extract<ActivationLookup, { state: 'pending' }>): Promise<ActivationAnswer> {
    const companyInfo = await this.testKey(pending.tenantId, payload.koppelsleutel);
    const connectionId = await this.dataSource.transaction(async (manager) => {
      if (!(await this.activations.consume(manager, pending.id))) return null;
      const saved = await this.writer.save({ tenantId: pending.tenantId, koppelsleutel: payload.koppelsleutel, companyInfo, name: null }, manager);
      await this.activations.bind(manager, pending.id, pending.tenantId, saved.connectionId);
      return saved.connectionId;
    });
    if (connectionId !== null) return { status: 'connected', connectionId };
    // A concurrent delivery of the same Create won the ReferenceKey (or it expired meanwhile).
    const again = await this.activations.lookup(payload.referenceKey);
    return this.repeatedCreate(payload, this.bound(again, payload));
  }

  /** A used ReferenceKey: the same delivery again is fine; another key under it is refused. */
  private async repeatedCreate(payload: ActivationPayload, bound: Bound): Promise<ActivationAnswer> {
    if (await this.holdsKey(bound.connectionId, payload.koppelsleutel)) return { status: 'duplicate', connectionId: bound.connectionId };
    throw new ConflictException('This ReferenceKey was already used for an activation');
  }

  private async regenerate(payload: ActivationPayload, bound: Bound): Promise<ActivationAnswer> {
    if (await this.holdsKey(bound.connectionId, payload.koppelsleutel)) return { status: 'duplicate', connectionId: bound.connectionId };
    const companyInfo = await this.testKey(bound.tenantId, payload.koppelsleutel);
    const [connection] = await queryRows<{ external_account_id: string | null; status: string }>(
      this.dataSource,
      `SELECT external_account_id, status FROM connections WHERE tenant_id = $1 AND id = $2`,
      [bound.tenantId, bound.connectionId],
    );
    // Revoked (a Delete, or DELETE /connections/:id) is deliberate: only a new connect undoes it.
    if (connection?.status === 'revoked') throw new ConflictException('The connection was revoked; connect the administratie again');
    if (connection?.external_account_id !== companyInfo.administrationId) {
      throw new ConflictException('The regenerated key opens another SnelStart administratie than the connection it was delivered for');
    }
    await this.dataSource.transaction((manager) => this.writer.replaceKey(manager, bound.tenantId, bound.connectionId, payload.koppelsleutel));
    return { status: 'updated', connectionId: bound.connectionId };
  }

  /** Revokes the connection, unless it has since moved to another key (e.g. a pasted one). */
  private async remove(payload: ActivationPayload, bound: Bound): Promise<ActivationAnswer> {
    const stored = await this.store.read(this.dataSource, bound.connectionId, parseStoredSnelStartKey);
    if (stored === null || stored.status === 'revoked' || stored.credentials === null) return { status: 'duplicate', connectionId: bound.connectionId };
    if (!sameKey(stored.credentials.koppelsleutel, payload.koppelsleutel)) return { status: 'ignored', connectionId: bound.connectionId };
    await this.connections.revoke(bound.tenantId, bound.connectionId);
    return { status: 'revoked', connectionId: bound.connectionId };
  }

  /** Regenerate and Delete address a completed activation; a repeated Create needs one too. */
  private bound(found: ActivationLookup, payload: ActivationPayload): Bound {
    if (found.state === 'bound' && found.connectionId !== null) return { ...found, connectionId: found.connectionId };
    if (found.state === 'expired') throw new GoneException('This activation has expired; start a new one');
    if (found.state === 'pending') throw new ConflictException(`A ${payload.action} needs a completed activation; this one was never created`);
    throw new NotFoundException('Unknown ReferenceKey');
  }

  private async holdsKey(connectionId: string, koppelsleutel: string): Promise<boolean> {
    const stored = await this.store.read(this.dataSource, connectionId, parseStoredSnelStartKey);
    return stored !== null && stored.status === 'active' && stored.credentials !== null && sameKey(stored.credentials.koppelsleutel, koppelsleutel);
  }

  private async testKey(tenantId: string, koppelsleutel: string): Promise<SnelStartCompanyInfo> {
    try {
      return await this.app.companyInfoFor(tenantId, koppelsleutel);
    } catch (error) {
      throwKeyCheckFailure(error);
    }
  }
}

function sameKey(stored: string, delivered: string): boolean {
  const digest = (key: string): Buffer => createHash('sha256').update(key.trim()).digest();
  return timingSafeEqual(digest(stored), digest(delivered));
}

function tenantOf(found: ActivationLookup): string | null {
  return 'tenantId' in found ? found.tenantId : null;
}
