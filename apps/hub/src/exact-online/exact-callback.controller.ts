import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { errorPage, type HtmlPage } from './callback-pages.js';
import { readCallbackParams } from './callback-params.js';
import { ExactCallbackService, type ExactCallbackOutcome } from './exact-callback.service.js';
import { EXACT_CALLBACK_PATH } from './exact-online-app.js';

/**
 * Where Exact sends the browser back (the registered redirect URI). Public: the single-use
 * state is what ties the request to a tenant. Answers are HTML pages or a redirect, not JSON,
 * since a person's browser is on the other end.
 */
@ApiExcludeController()
@Public()
@Controller(EXACT_CALLBACK_PATH)
export class ExactCallbackController {
  private readonly logger = new Logger(ExactCallbackController.name);

  constructor(@Inject(ExactCallbackService) private readonly callback: ExactCallbackService) {}

  @Get()
  async complete(@Req() request: Request, @Res() response: Response): Promise<void> {
    let outcome: ExactCallbackOutcome;
    try {
      outcome = await this.callback.complete(readCallbackParams(request.query));
    } catch (error) {
      // Only the type: an unexpected error may carry anything.
      this.logger.error({ msg: 'Exact Online callback failed', error: error instanceof Error ? error.name : 'unknown' });
      outcome = { kind: 'page', page: errorPage(500, 'Something went wrong', 'The connection could not be completed.') };
    }
    // The page and the redirect carry nothing secret, but neither should be cached or leak the URL.
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (outcome.kind === 'redirect') {
      response.redirect(303, outcome.location);
      return;
    }
    send(response, outcome.page);
  }
}

function send(response: Response, page: HtmlPage): void {
  response.status(page.status).type('html').send(page.html);
}
