// Per-response facts the API middlewares hand each other: who called (from the bearer token,
// even an expired one, so its errors count against the app's budget), which division and
// endpoint, and whether the answer came from the fault injector (counted there, not here).
import type { Response } from 'express';
import type { OAuthGrant } from '../auth/oauth-store.js';

export interface ApiCaller {
  clientId: string;
  userId: string;
  grant: OAuthGrant;
}

export interface ApiRequestState {
  /** Set when the bearer token is valid. */
  caller: ApiCaller | null;
  /** The app behind the token, valid or expired. */
  clientId: string | null;
  division: number | null;
  /** e.g. "crm/Accounts" (the error budget counts per endpoint). */
  endpoint: string | null;
  /** The key literal between the parentheses, e.g. "guid'…'" or "123L". */
  key: string | null;
  injectedFault: boolean;
  /** A refusal that must not count against the error budget (the block itself). */
  skipBudget: boolean;
}

const states = new WeakMap<Response, ApiRequestState>();

export function requestState(res: Response): ApiRequestState {
  let state = states.get(res);
  if (state === undefined) {
    state = { caller: null, clientId: null, division: null, endpoint: null, key: null, injectedFault: false, skipBudget: false };
    states.set(res, state);
  }
  return state;
}
