import { defineConfig } from 'vitest/config';

// The slow tier: the same long tests the unit run does as smoke versions, at full count
// (200 SIGKILLs, 10,000 fuzzed calls), and the 600 MB library. See src/main/test-support/test-tier.ts.
export default defineConfig({
  test: {
    include: ['src/main/storage/crash-safety.test.ts', 'src/main/api/dispatch.fuzz.test.ts', 'src/main/storage/large-library.test.ts'],
    environment: 'node',
    env: { DEPUTY_DESK_TEST_TIER: 'slow' },
    testTimeout: 600_000,
  },
});
