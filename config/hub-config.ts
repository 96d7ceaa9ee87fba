// The one typed configuration object of the hub. Variable names are the public contract
// (../shared/API.md). Validated once at start-up; a bad or missing variable stops the start.
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { IsEncryptionKeyList } from './encryption-keys.js';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function integer({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class HubConfig {
  @Transform(trimmed)
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL!: string;

  @Transform(trimmed)
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  /** Prefix for every BullMQ key, so deployments and test runs sharing one Redis never collide. */
  @Transform(trimmed)
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits and _ . : - (at most 64)' })
  REDIS_KEY_PREFIX: string = 'debtor-hub';

  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'HUB_PUBLIC_URL must be an absolute http(s) URL' })
  HUB_PUBLIC_URL!: string;

  @IsEncryptionKeyList()
  HUB_ENCRYPTION_KEYS!: string;

  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'EXACT_ONLINE_BASE_URL must be an absolute http(s) URL' })
  EXACT_ONLINE_BASE_URL: string = 'https://start.exactonline.nl';

  @IsOptional() @IsString() @MinLength(1)
  EXACT_ONLINE_CLIENT_ID?: string;

  @IsOptional() @IsString() @MinLength(1)
  EXACT_ONLINE_CLIENT_SECRET?: string;

  @IsOptional() @IsString() @MinLength(1)
  EXACT_ONLINE_WEBHOOK_SECRET?: string;

  /**
   * Exact's published limits per app per division (60/min, 5,000/day). The client also obeys the
   * X-RateLimit-* headers; raise these only for an app with a premium allowance or a sandbox.
   */
  @Transform(integer)
  @IsInt({ message: 'EXACT_ONLINE_MINUTELY_LIMIT must be a whole number' })
  @Min(1)
  EXACT_ONLINE_MINUTELY_LIMIT: number = 60;

  @Transform(integer)
  @IsInt({ message: 'EXACT_ONLINE_DAILY_LIMIT must be a whole number' })
  @Min(1)
  EXACT_ONLINE_DAILY_LIMIT: number = 5_000;

  /** SnelStart calls per administratie per minute (notes §2.2 recommend staying under 400; unconfirmed per tier). */
  @Transform(integer)
  @IsInt({ message: 'SNELSTART_MINUTELY_LIMIT must be a whole number' })
  @Min(1)
  SNELSTART_MINUTELY_LIMIT: number = 400;

  /** SnelStart calls per administratie per hour (notes §2.2: 4,500 recommended). */
  @Transform(integer)
  @IsInt({ message: 'SNELSTART_HOURLY_LIMIT must be a whole number' })
  @Min(1)
  SNELSTART_HOURLY_LIMIT: number = 4_500;

  /** Sync runs one worker process runs at once (each for a different administration). */
  @Transform(integer)
  @IsInt({ message: 'SYNC_CONCURRENCY must be a whole number' })
  @Min(1)
  @Max(64)
  SYNC_CONCURRENCY: number = 4;

  /**
   * `on`: this worker registers the schedule planner and the stale-run sweeper (BullMQ job
   * schedulers, shared by all workers on the Redis prefix) and sweeps when it starts. `off`: it
   * only runs requested syncs, for deployments where other workers keep the schedule.
   */
  @Transform(trimmed)
  @IsIn(['on', 'off'], { message: 'SYNC_SCHEDULER must be on or off' })
  SYNC_SCHEDULER: 'on' | 'off' = 'on';

  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'SNELSTART_AUTH_URL must be an absolute http(s) URL' })
  SNELSTART_AUTH_URL: string = 'https://auth.snelstart.nl';

  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'SNELSTART_API_URL must be an absolute http(s) URL' })
  SNELSTART_API_URL: string = 'https://b2bapi.snelstart.nl/v2';

  @IsOptional() @IsString() @MinLength(1)
  SNELSTART_SUBSCRIPTION_KEY?: string;

  /** SnelStart Web, host of the koppelsleutel activation page (snelstart.md §1.4). */
  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'SNELSTART_WEB_URL must be an absolute http(s) URL' })
  SNELSTART_WEB_URL: string = 'https://web.snelstart.nl';

  /** The `appShortName` SnelStart issues with a production coupling; without it there is no activation flow. */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_.-]{1,100}$/, { message: 'SNELSTART_APP_SHORT_NAME may hold letters, digits and _ . - (at most 100)' })
  SNELSTART_APP_SHORT_NAME?: string;

  @Transform(trimmed)
  @IsUrl(URL_OPTIONS, { message: 'EBOEKHOUDEN_API_URL must be an absolute http(s) URL' })
  EBOEKHOUDEN_API_URL: string = 'https://api.e-boekhouden.nl';

  @Transform(trimmed)
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL: string = 'smtp://127.0.0.1:1025';

  @Transform(trimmed)
  @Matches(/^(.+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an e-mail address, optionally as "Name <address>"',
  })
  MAIL_FROM: string = 'debtor-hub <noreply@localhost>';

  @Transform(integer)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /** `hub worker` only: serve GET /metrics on this port (a worker has no HTTP API to scrape). */
  @IsOptional()
  @Transform(integer)
  @IsInt({ message: 'WORKER_METRICS_PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  @Transform(trimmed)
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';
}
