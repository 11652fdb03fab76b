import { describe, expect, it } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_QUIET_MS, nextSaveDelay } from './autosave-timing';

describe('autosave timing', () => {
  it('waits for a short pause after the last keystroke', () => {
    expect(nextSaveDelay(1_000, 1_000)).toBe(AUTOSAVE_QUIET_MS);
    expect(nextSaveDelay(1_000, 1_600)).toBe(AUTOSAVE_QUIET_MS);
  });

  it('saves within two seconds of the first unsaved keystroke, however steadily the deputy types', () => {
    expect(nextSaveDelay(1_000, 2_800)).toBe(200);
    expect(nextSaveDelay(1_000, 1_000 + AUTOSAVE_MAX_WAIT_MS)).toBe(0);
    expect(nextSaveDelay(1_000, 9_000)).toBe(0);
  });
});
