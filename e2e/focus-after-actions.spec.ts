import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);
const panel = (page: Page) => page.getByTestId('annotations-panel');
const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement !== document.body, selector);
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? 'none');

async function annotate(page: Page, citation: string, phrase: string, note: string): Promise<void> {
  await dragSelect(page, paragraph(page, citation), phrase);
  await page.locator('.selection-button').click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('focus lands somewhere sensible: in the panel on Ctrl+Shift+L, on the next card after a delete, in the new draft’s title', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶2', 'innovation system for the whole city', 'first note');
  await annotate(page, 'II.1 ¶3', 'top-end sci-tech innovation platforms', 'second note');
  await annotate(page, 'II.1 ¶5', 'efficient application of innovation achievements', 'third note');

  // Ctrl+Shift+L opens the panel and moves focus into it; pressed again, it closes and focus goes back to the report.
  await paragraph(page, 'II.1 ¶2').click();
  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page)).toBeVisible();
  await expect.poll(() => focusIsIn(page, '[data-testid="annotations-panel"]')).toBe(true);
  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => focusIsIn(page, '#report')).toBe(true);
  await page.keyboard.press('Control+Shift+L');

  // Delete the first card: focus moves to the card that took its place.
  const cards = panel(page).locator('.annotation-card');
  await expect(cards).toHaveCount(3);
  await cards
    .first()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(cards).toHaveCount(2);
  await expect.poll(() => focusIsIn(page, '.annotation-card')).toBe(true);
  await expect(cards.first()).toContainText('second note');
  expect(await cards.first().evaluate((card) => card.contains(document.activeElement))).toBe(true);

  // Delete the last card: focus moves to the one before it.
  await cards
    .last()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(cards).toHaveCount(1);
  expect(await cards.first().evaluate((card) => card.contains(document.activeElement))).toBe(true);

  // Delete from the highlight's editor: the dialog closes and focus is on the paragraph, not lost.
  await paragraph(page, 'II.1 ¶3').locator('mark.hl').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(cards).toHaveCount(0);
  await expect.poll(() => focusedTag(page)).not.toBe('BODY');
  await expect.poll(() => focusIsIn(page, '#report, [data-testid="annotations-panel"]')).toBe(true);

  // A card's "Draft suggestion": the drafts view opens with focus in the new draft's title.
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(1);
  await cards
    .first()
    .getByRole('button', { name: /^Draft a suggestion from the annotation/ })
    .click();
  const editor = page.getByTestId('draft-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
});
