// `GET /v2/companyInfo` (scope settings:read): the connector's "which administratie is this key?"
// check (notes §2.1, §9 onboarding).
import { Router } from 'express';
import { requireScopes } from '../auth/api-guard.js';
import { serialiseCompanyInfo } from '../serialise/company-info.js';
import { nowNaive, type SnelStartState } from '../state.js';
import { administrationOf } from './request-context.js';

export function companyInfoRoutes(state: SnelStartState): Router {
  const router = Router();
  router.get('/companyInfo', requireScopes(state, 'settings:read'), (_req, res) => {
    res.json(serialiseCompanyInfo(administrationOf(state, res), new Date(nowNaive(state)).getUTCFullYear()));
  });
  return router;
}
