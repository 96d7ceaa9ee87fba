// Queue names are part of the Redis key space (under REDIS_KEY_PREFIX); renaming one strands its jobs.
export const QUEUES = {
  /** Housekeeping and the round-trip probe between API and worker processes. */
  maintenance: 'maintenance',
  /** One job per administration sync run (apps/hub/src/sync). */
  sync: 'sync',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const MAINTENANCE_JOBS = {
  ping: 'ping',
  /** Refreshes idle Exact Online tokens before Exact's 30-day refresh-token expiry. */
  exactKeepAlive: 'exact-keep-alive',
} as const;

export interface PingJobData {
  sentAt: string;
}

export interface PingJobResult {
  sentAt: string;
  answeredAt: string;
  workerPid: number;
}
