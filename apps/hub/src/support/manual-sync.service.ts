import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Principal } from '../auth/roles.js';
import { SyncRunRequester } from '../sync/sync-run-requester.js';
import { requestedBy } from './requested-by.js';
import { orAdministrationNotFound } from './run-request-errors.js';
import type { ManualSyncMode } from './sync-run.dto.js';
import type { RunAcceptedView } from './sync-run.view.js';

/** POST /administrations/:id/sync: a `manual` run, joined with one of the same mode still waiting. */
@Injectable()
export class ManualSyncService {
  private readonly logger = new Logger(ManualSyncService.name);

  constructor(@Inject(SyncRunRequester) private readonly requester: SyncRunRequester) {}

  async request(principal: Principal, administrationId: string, mode: ManualSyncMode): Promise<RunAcceptedView> {
    const by = requestedBy(principal);
    const run = await orAdministrationNotFound(administrationId, () =>
      this.requester.request({ tenantId: principal.tenantId, administrationId, mode, trigger: 'manual', requestedBy: by }),
    );
    this.logger.log({ event: 'sync.manual_requested', tenantId: principal.tenantId, administrationId, mode, runId: run.runId, coalesced: run.coalesced, requestedBy: by }, 'manual sync requested');
    return { runId: run.runId, coalesced: run.coalesced };
  }
}
