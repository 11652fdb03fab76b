import type { Locator, Page } from '@playwright/test';

/**
 * Chromium flags that let a frame be drawn as soon as it is ready instead of at the display's next
 * refresh. At 60 Hz the wait for the refresh alone (0–16.7 ms, whatever the page does) puts the p95 of
 * an empty <textarea> on an empty page at 24 ms on these machines; without it, an Event Timing duration
 * is the time the page takes to handle the keystroke and paint its result.
 */
export const UNPACED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** Keystrokes typed in one burst; the deputy then pauses and the autosave fires. */
export const BURST = 25;
const KEY_DELAY_MS = 25;
const PAUSE_MS = 650;

/** Starts collecting Event Timing entries; the API reports interactions of 16 ms and more only. */
export async function observeKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const longest = new Map<number, number>();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        // One keystroke is one interaction (keydown, keypress, input, keyup share its id): its latency is the longest.
        if (entry.interactionId > 0) longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    Object.assign(window, { __longest: longest });
  });
}

/** Types one burst of `text` into the focused field of `page`, then pauses (benchmark pacing, not a wait for a state). */
export async function typeBurst(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(PAUSE_MS);
}

/**
 * Each of `count` keystrokes' Event Timing duration (input to the next paint). Keystrokes the API did
 * not report were under its 16 ms threshold; durations come in 8 ms steps, so they count as 8 ms
 * (their upper bound).
 */
export async function keystrokeDurations(page: Page, count: number): Promise<number[]> {
  // Entries are delivered after the frame they end in: wait for two frames so the last ones are in.
  const slow = await page.evaluate(
    () =>
      new Promise<number[]>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => done([...(window as unknown as { __longest: Map<number, number> }).__longest.values()])),
        ),
      ),
  );
  return [...slow, ...Array.from({ length: Math.max(0, count - slow.length) }, () => 8)];
}

/** Types `text` into each page's focused field, a burst at a time and in turn, so that a busy moment of the machine falls on all of them alike. */
export async function typeInTurns(pages: readonly Page[], text: string): Promise<number[][]> {
  for (const page of pages) await observeKeystrokes(page);
  for (let i = 0; i < text.length; i += BURST) {
    for (const page of pages) await typeBurst(page, text.slice(i, i + BURST));
  }
  return Promise.all(pages.map((page) => keystrokeDurations(page, text.length)));
}

export async function focusAtEnd(field: Locator): Promise<void> {
  await field.evaluate((element: HTMLTextAreaElement) => {
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  });
}

/** "n of m keystrokes ≥ 16 ms". */
export function slowShare(durations: readonly number[]): string {
  return `${durations.filter((d) => d > 8).length} of ${durations.length} ≥ 16 ms`;
}
