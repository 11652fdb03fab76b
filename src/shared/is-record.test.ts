import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts parsed JSON objects, refuses lists, null and plain values', () => {
    expect(isRecord(JSON.parse('{"schemaVersion": 3}'))).toBe(true);
    expect(isRecord(JSON.parse('{}'))).toBe(true);
    expect(isRecord(JSON.parse('[1, 2]'))).toBe(false);
    expect(isRecord(JSON.parse('null'))).toBe(false);
    expect(isRecord(JSON.parse('"text"'))).toBe(false);
    expect(isRecord(JSON.parse('3'))).toBe(false);
  });
});
