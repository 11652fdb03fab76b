import { describe, expect, it } from 'vitest';
import { retryDelaysFromEnv } from './retry-delays-env';

describe('the web host’s retry waits setting', () => {
  it('keeps the store’s own ladder when it is not set', () => {
    expect(retryDelaysFromEnv(undefined)).toBeUndefined();
    expect(retryDelaysFromEnv(' ')).toBeUndefined();
  });

  it('reads a list of waits in milliseconds', () => {
    expect(retryDelaysFromEnv('200')).toEqual([200]);
    expect(retryDelaysFromEnv('200, 500,1000')).toEqual([200, 500, 1000]);
  });

  it('refuses what is not a list of sensible waits, saying what is expected', () => {
    for (const bad of ['fast', '200,', '0', '5', '1.5', '-200', '999999999']) {
      expect(() => retryDelaysFromEnv(bad)).toThrow(/whole numbers of milliseconds from 10 to 600000/);
    }
  });
});
