import { Controller, HttpCode, Inject, Logger, Post, type RawBodyRequest, Req, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { ExactWebhookService } from './exact-webhook.service.js';

export interface WebhookAnswer {
  status: 'duplicate' | 'ignored' | 'queued';
}

/**
 * Exact Online notifications. Public: the HashCode in the body is the authentication, checked
 * over the raw bytes (`rawBody: true` in NestFactory.create). Anything but 2xx makes Exact
 * retry, so everything that was understood, even if ignored, answers 200.
 */
@ApiTags('webhooks')
@Controller('webhooks')
export class ExactWebhookController {
  private readonly logger = new Logger(ExactWebhookController.name);

  constructor(@Inject(ExactWebhookService) private readonly webhooks: ExactWebhookService) {}

  @Public()
  @Post('exact-online')
  @HttpCode(200)
  async receive(@Req() request: RawBodyRequest<Request>): Promise<WebhookAnswer> {
    const outcome = await this.webhooks.receive(request.rawBody);
    switch (outcome.status) {
      case 'unconfigured':
        throw new ServiceUnavailableException('Exact Online webhooks are not configured (EXACT_ONLINE_WEBHOOK_SECRET)');
      case 'rejected':
        this.logger.warn({ reason: outcome.reason }, 'Exact notification refused');
        throw new UnauthorizedException('Invalid or missing HashCode');
      default:
        return { status: outcome.status };
    }
  }
}
