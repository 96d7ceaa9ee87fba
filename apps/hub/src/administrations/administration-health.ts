// An administration's sync health, from its connection and its last finished runs. One good run
// after a bad spell does not make it healthy: users should not see green flicker on and off.

export const ADMINISTRATION_HEALTH_STATES = ['healthy', 'degraded', 'failing', 'needs_reconnect', 'unknown'] as const;
export type AdministrationHealth = (typeof ADMINISTRATION_HEALTH_STATES)[number];

/** How many finished runs the health looks back on. */
export const HEALTH_WINDOW = 3;

/** The rule, as documented in the OpenAPI description of `health`. */
export const HEALTH_RULE =
  `needs_reconnect: the connection is not active; unknown: no run finished yet; ` +
  `failing: the last ${HEALTH_WINDOW} finished runs all failed (or, with fewer finished runs, all of them and at least 2); ` +
  `degraded: any of the last ${HEALTH_WINDOW} finished runs failed; ` +
  `healthy otherwise, so it takes ${HEALTH_WINDOW} successes in a row (succeeded or partial) to return to healthy.`;

/**
 * `recentStatuses`: the statuses of the last finished runs, newest first (only the first
 * HEALTH_WINDOW count). A `partial` run synced the data and counts as a success.
 */
export function administrationHealth(connectionStatus: string, recentStatuses: readonly string[]): AdministrationHealth {
  if (connectionStatus !== 'active') return 'needs_reconnect';
  const window = recentStatuses.slice(0, HEALTH_WINDOW);
  if (window.length === 0) return 'unknown';
  const failed = window.filter((status) => status === 'failed').length;
  // Fewer than HEALTH_WINDOW runs: two failures with no success between are failing already.
  if (failed === window.length && window.length >= 2) return 'failing';
  if (failed > 0) return 'degraded';
  return 'healthy';
}
