// e-Boekhouden's answer to a body that is not valid JSON (the core's parser refuses it before the
// router): the API binds it as no body at all, so DATA_01 ("No data was sent.") in its error
// object, as the session endpoint answers a missing body.
import type { Response } from 'express';
import { EBoekhoudenApiError } from '../errors.js';
import { sendApiError, type TraceIds } from './error-responses.js';

export function renderEBoekhoudenMalformedBody(res: Response, traceIds: TraceIds): void {
  sendApiError(res, new EBoekhoudenApiError('DATA_01', { message: 'The request body is not valid JSON.' }), traceIds);
}
