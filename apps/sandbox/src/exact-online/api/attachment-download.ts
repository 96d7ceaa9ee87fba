// GET /docs/SysAttachment.aspx?ID=…&_Division_=… : the attachment `Url` (§4.8: "Url + &Download=1
// gives the original file"). Needs the bearer token and a division within the consent's scope.
import { Router } from 'express';
import { isGuid } from '../ids.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import { ExactErrors } from '../wire/errors.js';
import { accountForOutcome, exactErrorHandler, exactFaults, identifyCaller, requireCaller } from './pipeline.js';
import { requestState } from './request-state.js';

const CONTENT_TYPES: Record<string, string> = { pdf: 'application/pdf', txt: 'text/plain', html: 'text/html', png: 'image/png', jpg: 'image/jpeg', xml: 'application/xml' };

export function createAttachmentDownloadRouter(runtime: ExactOnlineRuntime): Router {
  const router = Router({ caseSensitive: true });
  router.get('/docs/SysAttachment.aspx', identifyCaller(runtime), accountForOutcome(runtime), exactFaults(runtime), requireCaller(runtime), (req, res) => {
    const caller = requestState(res).caller;
    const id = typeof req.query.ID === 'string' ? req.query.ID : '';
    const division = Number(typeof req.query._Division_ === 'string' ? req.query._Division_ : NaN);
    const store = runtime.state.division(division);
    if (caller === null || store === undefined || !caller.grant.divisions.has(division)) throw ExactErrors.divisionOutOfScope();
    const attachment = isGuid(id) ? store.attachments.get(id) : undefined;
    if (attachment === undefined) throw ExactErrors.notFound('SysAttachment.aspx');
    const extension = attachment.fileName.split('.').at(-1)?.toLowerCase() ?? '';
    res
      .status(200)
      .type(CONTENT_TYPES[extension] ?? 'application/octet-stream')
      .set('Content-Disposition', `attachment; filename="${attachment.fileName.replace(/"/g, '')}"`)
      .send(attachment.content);
  });
  router.use(exactErrorHandler(runtime));
  return router;
}
