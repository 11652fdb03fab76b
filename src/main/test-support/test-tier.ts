/**
 * Two tiers of the long-running tests (crash kills, fuzzing): the default unit run does a short
 * smoke version; `npm run test:slow` (vitest.slow.config.ts, which sets DEPUTY_DESK_TEST_TIER=slow)
 * does the full count. `npm test` runs both, so CI still runs the full version.
 */
export const SLOW_TIER = process.env.DEPUTY_DESK_TEST_TIER === 'slow';

/** `smoke` in the default unit run, `full` in the slow tier. */
export function byTier<T>(smoke: T, full: T): T {
  return SLOW_TIER ? full : smoke;
}
