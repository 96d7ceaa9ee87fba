// Structured JSON logs (pino) with a request id on every line and secrets redacted: tokens,
// keys and credentials never reach a log, whatever object they travel in.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogLevel } from '@hub/config';
import type { Params } from 'nestjs-pino';

const SECRET_KEYS = [
  'password', 'secret', 'token', 'apiKey', 'apiToken', 'accessToken', 'refreshToken', 'access_token', 'refresh_token',
  'clientSecret', 'client_secret', 'connectionKey', 'koppelsleutel', 'credentials', 'authorization',
];

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["ocp-apim-subscription-key"]',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

const SENSITIVE_QUERY = /^(code|state|token|access_token|refresh_token|apikey|api_key|key)$/i;

/** The URL with the values of sensitive query parameters (OAuth `code`, `state`) blanked. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const [path, query] = url.split('?', 2);
  const params = new URLSearchParams(query);
  for (const name of [...params.keys()]) if (SENSITIVE_QUERY.test(name)) params.set(name, '[Redacted]');
  return `${path}?${params.toString()}`;
}

export function loggerParams(level: LogLevel): Params {
  return {
    pinoHttp: {
      level,
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        response.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: redactUrl(request.url) }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' || request.url === '/metrics' },
    },
  };
}
