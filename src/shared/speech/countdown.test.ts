import { describe, expect, it } from 'vitest';
import { countdown, pause, phaseAt, remainingAt, reset, start } from './countdown';

describe('practice count-down', () => {
  const three = countdown(180_000);

  it('starts ready with the whole time', () => {
    expect(remainingAt(three, 1_000)).toBe(180_000);
    expect(phaseAt(three, 1_000)).toBe('ready');
  });

  it('counts down while running and holds while paused', () => {
    const running = start(three, 10_000);
    expect(remainingAt(running, 70_000)).toBe(120_000);
    expect(phaseAt(running, 70_000)).toBe('running');
    const paused = pause(running, 70_000);
    expect(remainingAt(paused, 500_000)).toBe(120_000);
    expect(phaseAt(paused, 500_000)).toBe('paused');
    const again = start(paused, 500_000);
    expect(remainingAt(again, 530_000)).toBe(90_000);
    // Starting twice does not restart the run.
    expect(start(again, 520_000)).toBe(again);
  });

  it('goes past zero into overtime, and reset gives the whole time back', () => {
    const running = start(three, 0);
    expect(remainingAt(running, 190_000)).toBe(-10_000);
    expect(phaseAt(running, 180_000)).toBe('overtime');
    expect(remainingAt(reset(running), 190_000)).toBe(180_000);
    expect(phaseAt(reset(running), 190_000)).toBe('ready');
  });
});
