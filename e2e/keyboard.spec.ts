import mammoth from 'mammoth';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

/** The focused element shows where it is: it matches :focus-visible and draws an outline or a shadow (a radio's ring is on its label). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return { ok: false, what: 'nothing (body)' };
    const drawn = (el: Element) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    const ring = element instanceof HTMLInputElement && element.type === 'radio' ? (element.closest('label') ?? element) : element;
    return { ok: element.matches(':focus-visible') && drawn(ring), what: element.outerHTML.slice(0, 160) };
  });
  expect(focus.ok, `visible focus on ${focus.what}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const max = options.max ?? 80;
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null))
      await expectVisibleFocus(page);
  }
  throw new Error(`${target} was not reached with ${max} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'}`);
}

test('keyboard only: open the report, annotate a paragraph, draft a suggestion from it, fill it and export it as DOCX', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);

  // Skip link → the report → J/K and arrows move between paragraphs.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to report' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#report')).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowDown');
  const target = page.locator('p[data-paragraph-id]').nth(2);
  await expect(target).toBeFocused();
  await expectVisibleFocus(page);
  const quote = (await target.locator('.para-text').textContent())!.trim();

  // Ctrl+Shift+A annotates it: pick a kind with the arrows, write the note, save with Enter.
  await page.keyboard.press('Control+Shift+A');
  const box = page.getByRole('dialog');
  await expect(box).toBeVisible();
  await expect(box.locator('blockquote')).toHaveText(quote);
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(box.getByRole('radio', { name: 'Concern' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(box.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('What does this cost, and who pays?');
  await tabTo(page, box.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(target).toBeFocused();
  await expect(target.locator('mark.hl')).toHaveAttribute('data-kind', 'concern');

  // The annotations panel (Ctrl+Shift+L), then Tab to the card's "Draft suggestion".
  await page.keyboard.press('Control+Shift+L');
  const panel = page.getByTestId('annotations-panel');
  await expect(panel).toBeVisible();
  await tabTo(page, panel.getByRole('button', { name: /^Draft a suggestion from the annotation/ }));
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByTestId('citations')).toContainText(quote);

  // Fill the suggestion with the keyboard.
  await tabTo(page, editor.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type('Suggestion on publishing the cost of the measures');
  const reasons = editor.getByRole('textbox', { name: /^Reasons/ });
  await tabTo(page, reasons);
  await expect(reasons).toHaveValue('What does this cost, and who pays?');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The report gives no figures.');
  await tabTo(page, editor.getByRole('textbox', { name: 'Item 1' }));
  await page.keyboard.type('Publish the cost of each measure with the budget.');
  await tabTo(page, editor.getByRole('textbox', { name: 'Deputy', exact: true }));
  await page.keyboard.type('Li Ming');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await expect(page.getByTestId('readiness')).toHaveText(/Ready to export/);
  await expectNoSeriousA11yViolations(page);

  // Export with the keyboard: the download's text has the quote.
  await tabTo(page, page.getByTestId('export-docx'), { backwards: true });
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath('suggestion.docx');
  await download.saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;
  for (const expected of [
    quote,
    'Suggestion on publishing the cost of the measures',
    'The report gives no figures.',
    'Publish the cost of each measure with the budget.',
    'Li Ming',
  ]) {
    expect(text, expected).toContain(expected);
  }
});
