import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { errorCode } from './error-code';

describe('errorCode', () => {
  it('reads the code of a real failed file read', async () => {
    const error: unknown = await readFile('/no/such/folder/deputy-desk.json').catch((caught: unknown) => caught);
    expect(errorCode(error)).toBe('ENOENT');
  });

  it('answers undefined for thrown values that carry no string code', () => {
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode('EPERM')).toBeUndefined();
    expect(errorCode({ code: 13 })).toBeUndefined();
  });
});
