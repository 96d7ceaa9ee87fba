import { BadRequestException, Body, Controller, HttpCode, HttpException, Inject, Logger, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { parseActivationPayload } from './activation-payload.js';
import { type ActivationAnswer, SnelStartActivationService } from './snelstart-activation.service.js';

/**
 * SnelStart's koppelsleutel webhook. Public: no signature is documented (§1.4 ❓), so the
 * single-use, tenant-bound ReferenceKey is the authentication. SnelStart does not retry, so
 * every understood delivery answers 200 and every refusal a 4xx that changed nothing.
 */
@ApiTags('webhooks')
@Controller('webhooks/snelstart')
export class SnelStartActivationController {
  private readonly logger = new Logger(SnelStartActivationController.name);

  constructor(@Inject(SnelStartActivationService) private readonly activations: SnelStartActivationService) {}

  @Public()
  @Post('activation')
  @HttpCode(200)
  async receive(@Body() body: unknown): Promise<ActivationAnswer> {
    const parsed = parseActivationPayload(body);
    if (!parsed.ok) {
      throw new BadRequestException({ message: `Invalid request: ${parsed.problems.map((problem) => problem.field).join(', ')}`, details: parsed.problems });
    }
    try {
      return await this.activations.receive(parsed.payload);
    } catch (error) {
      // Never the body: it holds the key and the ReferenceKey.
      if (error instanceof HttpException) this.logger.warn({ msg: 'SnelStart koppelsleutel webhook refused', action: parsed.payload.action, status: error.getStatus() });
      throw error;
    }
  }
}
