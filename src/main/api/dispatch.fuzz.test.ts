import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES, type ApiResult } from '../../shared/contract/result';
import { StoreDataSchema } from '../storage/store-schema';
import { postToHost, startTempWebHost } from '../test-support/temp-web-host';
import { byTier } from '../test-support/test-tier';
import type { WebHost } from '../web/web-host';
import { fuzzInput, fuzzMethod } from './fuzz-inputs';

/** 10,000 in the slow tier (npm run test:slow), a few hundred in the unit run. */
const RUNS = byTier(300, 10_000);
type TempWebHost = Awaited<ReturnType<typeof startTempWebHost>>;

/** The answer must be a proper envelope; a refusal must carry a known code and a message a person can read. */
function expectWellFormed(result: ApiResult<unknown>): void {
  if (result.ok) return;
  expect(API_ERROR_CODES).toContain(result.error.code);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.code).not.toBe('INTERNAL');
}

describe('fuzzed API', () => {
  let core: TempWebHost['core'];
  let host: WebHost;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ core, host, dispose } = await startTempWebHost());
  });
  afterAll(() => dispose());

  it(`answers ${RUNS.toLocaleString('en')} random calls through dispatch without crashing, and refused calls change nothing`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fuzzMethod, fuzzInput, async (method, input) => {
        const before = JSON.stringify(core.store.data);
        const result = await core.dispatch(method, input);
        expectWellFormed(result);
        if (!result.ok) {
          refused += 1;
          expect(JSON.stringify(core.store.data)).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 20240130 },
    );
    expect(StoreDataSchema.safeParse(core.store.data).success).toBe(true);
    console.log(`fuzz (dispatch): ${RUNS} calls, ${refused} refused with a clear error, ${RUNS - refused} accepted; store valid`);
  }, 120_000);

  it(`answers ${RUNS.toLocaleString('en')} random requests through the web host`, async () => {
    const body = fc.oneof(
      fuzzInput.map((input) => JSON.stringify(input) ?? ''),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('{', '[]', 'null', '"x"', '{"__proto__":{"polluted":1}}', '\u0000'),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fuzzMethod, body, async (method, text) => {
        const before = JSON.stringify(core.store.data);
        const answer = await postToHost(host, `/api/${encodeURIComponent(method)}`, text);
        expect([200, 400]).toContain(answer.status);
        const result = JSON.parse(answer.body) as ApiResult<unknown>;
        expectWellFormed(result);
        if (!result.ok) {
          refused += 1;
          expect(JSON.stringify(core.store.data)).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 20240131 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(StoreDataSchema.safeParse(core.store.data).success).toBe(true);
    console.log(`fuzz (web host): ${RUNS} requests, ${refused} refused with a clear error; store valid`);
  }, 180_000);
});
