// How injected faults look on SnelStart (passed to the core's fault middleware): a throttled call
// is APIM's 429, a 500 is ASP.NET's generic error, other gateway failures are APIM's own body.
import type { Response } from 'express';
import type { FaultRenderers } from '../../core/faults/index.js';
import { sendRateLimited } from '../rate-limit/responses.js';
import type { SnelStartState } from '../state.js';
import { APIM_MESSAGES, ASP_NET_MESSAGES, sendApimError, sendAspNetMessage, sendNotFound } from '../wire/errors.js';

const GATEWAY_REASONS: Readonly<Record<number, string>> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function faultRenderers(state: SnelStartState): FaultRenderers {
  return {
    renderRateLimited: (res: Response) => sendRateLimited(res, 1, state.options.retryAfterHeader),
    renderError: (res: Response, status: number) => {
      const keys = state.options.aspNetErrorKeys;
      if (status === 401 || status === 403) sendAspNetMessage(res, status, ASP_NET_MESSAGES.unauthorized, keys);
      else if (status === 404) sendNotFound(res);
      else if (status === 429) sendRateLimited(res, 1, state.options.retryAfterHeader);
      else if (GATEWAY_REASONS[status] !== undefined) sendApimError(res, status, GATEWAY_REASONS[status]);
      else if (status >= 500) sendAspNetMessage(res, status, 'An error has occurred.', keys);
      else sendAspNetMessage(res, status, ASP_NET_MESSAGES.invalidRequest, keys);
    },
  };
}

/** APIM answers a path no API operation matches before any backend sees it. */
export function sendUnknownOperation(res: Response): void {
  sendApimError(res, 404, APIM_MESSAGES.resourceNotFound);
}
