import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Principal } from '../auth/roles.js';
import type { StartExactConnectDto, StartExactConnectResponse } from './exact-connect.dto.js';
import { ExactOnlineApp } from './exact-online-app.js';
import { exactBaseUrlFor } from './exact-regions.js';
import { OAuthStateStore } from './oauth-state.store.js';

/** Starts the Exact Online connect flow: a fresh state bound to the caller, and Exact's consent URL. */
@Injectable()
export class ExactConnectService {
  constructor(
    @Inject(ExactOnlineApp) private readonly app: ExactOnlineApp,
    @Inject(OAuthStateStore) private readonly states: OAuthStateStore,
  ) {}

  async start(principal: Principal, request: StartExactConnectDto): Promise<StartExactConnectResponse> {
    if (!this.app.configured) {
      throw new ServiceUnavailableException('Exact Online is not configured on this hub: set EXACT_ONLINE_CLIENT_ID and EXACT_ONLINE_CLIENT_SECRET');
    }
    const baseUrl = exactBaseUrlFor(request.region, this.app.defaultBaseUrl);
    const state = await this.states.create({
      tenantId: principal.tenantId,
      apiKeyId: principal.apiKeyId,
      platform: 'exact-online',
      baseUrl,
      redirectAfter: request.redirectAfter ?? null,
    });
    return { authorizationUrl: this.app.oauthClient(baseUrl).authorizationUrl(state, { forceLogin: request.forceLogin === true }) };
  }
}
