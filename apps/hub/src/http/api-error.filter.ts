// Every error leaves the API as `{ statusCode, error, message, details? }` (../shared/API.md).
// Unexpected errors become a plain 500 without internals; they are logged with the request id.
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (!(exception instanceof HttpException)) {
      return { statusCode: 500, error: STATUS_CODES[500] ?? 'Internal Server Error', message: 'Internal server error' };
    }
    const statusCode = exception.getStatus();
    const error = STATUS_CODES[statusCode] ?? 'Error';
    const payload = exception.getResponse();
    if (typeof payload === 'string') return { statusCode, error, message: payload };
    const fields = payload as { message?: unknown; details?: unknown };
    const message = Array.isArray(fields.message) ? fields.message.join('; ') : String(fields.message ?? exception.message);
    return fields.details === undefined ? { statusCode, error, message } : { statusCode, error, message, details: fields.details };
  }
}

export { HttpStatus };
