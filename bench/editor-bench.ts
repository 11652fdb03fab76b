import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { TOKEN_HEADER } from '../src/shared/contract/result';
import { startHostProcess } from '../e2e/web-host-process';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { focusAtEnd, slowShare, typeInTurns, UNPACED_FRAMES } from './keystroke-timing';
import { pick, quantile, type BenchOptions, type Metric } from './measure';

const WORDS = 5_000;
const TYPED = 'The municipal government should publish, every quarter, how each platform spends its budget. ';

/** A 5,000-word reasons field: sentences of everyday report vocabulary, with paragraph breaks. */
function longReasons(): string {
  const vocabulary = [
    'innovation',
    'platforms',
    'budget',
    'rural',
    'transport',
    'schools',
    'we',
    'will',
    'improve',
    'services',
    'for',
    'residents',
    'and',
    'enterprises',
    'across',
    'the',
    'city',
    'in',
    '2024',
  ];
  const words: string[] = [];
  for (let i = 0; i < WORDS; i++) words.push(vocabulary[(i * 7 + (i >> 3)) % vocabulary.length]!);
  const sentences: string[] = [];
  for (let i = 0; i < words.length; i += 20) sentences.push(`${words.slice(i, i + 20).join(' ')}.`);
  return sentences.map((s, i) => (i % 6 === 5 ? `${s}\n` : `${s} `)).join('');
}

async function call<T>(base: URL, token: string, method: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`/api/${method}`, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.data;
}

/** The drafts editor on `draftId`, its reasons field focused at the end. */
async function openEditor(browser: Browser, url: string, draftId: string): Promise<{ page: Page; field: Locator }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(`${url}#/drafts/${draftId}`);
  const field = page.getByRole('textbox', { name: 'Reasons (案由)' });
  await field.waitFor();
  await focusAtEnd(field);
  return { page, field };
}

/** A page holding nothing but a <textarea> with `text`, styled as `css` says, focused at the end. */
async function bareTextarea(browser: Browser, text: string, css = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.setContent(`<!doctype html><style>textarea { ${css} }</style><textarea rows="8" cols="100"></textarea>`);
  const textarea = page.locator('textarea');
  await textarea.fill(text);
  await focusAtEnd(textarea);
  return page;
}

/** The editor field's own look (font, size, box), so the bare <textarea> draws the same text the same way. */
function fieldStyle(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const style = getComputedStyle(element);
    const names = [
      'font-family',
      'font-size',
      'line-height',
      'width',
      'height',
      'padding',
      'border',
      'box-sizing',
      'white-space',
      'overflow-wrap',
    ];
    return names.map((name) => `${name}: ${style.getPropertyValue(name)};`).join(' ');
  });
}

/**
 * In Chromium, typing at the end of a 5,000-word reasons field with autosave on; each keystroke's
 * latency by the Event Timing API (input until the next paint).
 * - `editor.keystroke_event_p95_ms`: frames drawn when ready (`UNPACED_FRAMES`), so the duration is
 *   the page's own work. The limit: the same typing, in turns, in a bare <textarea> holding the same
 *   text in the same font and size on an otherwise empty page.
 * - `editor.keystroke_event_60hz_p95_ms`: at the display's pace, as the deputy sees it. The limit: an
 *   empty <textarea> on an empty page, which waits for the refresh like any page. No target: it shows
 *   how much of the latency is that wait.
 */
export async function benchEditor(options: BenchOptions): Promise<Record<string, Metric>> {
  const KEYSTROKES = pick(options, 400, 50);
  const PACED_KEYSTROKES = pick(options, 100, 50);
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-bench-editor-'));
  const host = await startHostProcess(folder);
  const unpaced = await chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, ...UNPACED_FRAMES] });
  const paced = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const base = new URL(host.url);
    const token = base.searchParams.get('token') ?? '';
    const reasons = longReasons();
    const draft = await call<{ id: string }>(base, token, 'draft.create', { kind: 'proposal', language: 'en' });
    await call(base, token, 'draft.update', { draftId: draft.id, change: { title: 'Proposal on platform budgets', reasons } });
    const text = TYPED.repeat(Math.ceil(KEYSTROKES / TYPED.length)).slice(0, KEYSTROKES);

    const editor = await openEditor(unpaced, host.url, draft.id);
    const bare = await bareTextarea(unpaced, reasons, await fieldStyle(editor.field));
    const [ours, limit] = await typeInTurns([editor.page, bare], text);
    await editor.page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
    const saved = await call<{ reasons: string }>(base, token, 'draft.get', { draftId: draft.id });
    if (!saved.reasons.endsWith(text)) throw new Error('the typed text was not autosaved');
    await editor.page.close();

    const pacedText = text.slice(0, PACED_KEYSTROKES);
    const pacedEditor = await openEditor(paced, host.url, draft.id);
    const empty = await bareTextarea(paced, '');
    const [oursPaced, floor] = await typeInTurns([pacedEditor.page, empty], pacedText);

    const p95 = quantile(ours!, 0.95);
    const bareP95 = quantile(limit!, 0.95);
    const pacedP95 = quantile(oursPaced!, 0.95);
    const floorP95 = quantile(floor!, 0.95);
    const field = `reasons of ${WORDS.toLocaleString('en')} words (${reasons.length.toLocaleString('en')} chars), autosave on, Chromium`;
    return {
      'editor.keystroke_event_p95_ms': {
        value: p95,
        unit: 'ms',
        size: `${field}, frames drawn when ready; ours ${slowShare(ours!)}, the bare textarea ${slowShare(limit!)}`,
        peer: { label: 'the same typing, in turns, in a bare <textarea> with the same text and font', value: bareP95 },
        target: '< 16',
        met: p95 < 16,
      },
      'editor.keystroke_event_60hz_p95_ms': {
        value: pacedP95,
        unit: 'ms',
        size: `${field}, at the display's 60 Hz; ours ${slowShare(oursPaced!)}, the empty textarea ${slowShare(floor!)}`,
        // No target: at 60 Hz, work that fits in a frame still waits up to a frame for the refresh.
        peer: { label: 'an empty <textarea> on an empty page (the wait for the next refresh)', value: floorP95 },
      },
    };
  } finally {
    await unpaced.close();
    await paced.close();
    await host.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
