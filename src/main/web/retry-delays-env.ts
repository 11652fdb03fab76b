import { z } from 'zod';

/** The name of the web host's setting for the retry waits of a failing write (tests shorten them). */
export const RETRY_DELAYS_ENV = 'DEPUTY_DESK_RETRY_DELAYS_MS';

const delays = z.array(z.coerce.number().int().min(10).max(600_000)).min(1);

/**
 * `DEPUTY_DESK_RETRY_DELAYS_MS="200,500"`: the waits, in milliseconds, between retries of a failing
 * write, the last one repeated; absent or empty keeps the store's own ladder. Anything else stops the
 * start with a message saying what is expected.
 */
export function retryDelaysFromEnv(value: string | undefined): number[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = delays.safeParse(value.split(',').map((part) => part.trim()));
  if (!parsed.success) {
    throw new Error(`${RETRY_DELAYS_ENV} must be whole numbers of milliseconds from 10 to 600000, separated by commas, not "${value}"`);
  }
  return parsed.data;
}
