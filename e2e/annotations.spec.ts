import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { PROJECT_ROOT } from './web-host-process';

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);
const editor = (page: Page) => page.getByRole('dialog');
const panel = (page: Page) => page.getByTestId('annotations-panel');
const QUOTE = 'top-end sci-tech innovation platforms';

async function annotateSelection(page: Page, kind: string, note: string, tags: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = editor(page);
  await expect(box).toBeVisible();
  await box.getByRole('radio', { name: kind }).check();
  await box.getByRole('textbox', { name: 'Note' }).fill(note);
  for (const tag of tags) {
    await box.getByRole('combobox', { name: 'Tags' }).fill(tag);
    await box.getByRole('combobox', { name: 'Tags' }).press('Enter');
  }
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);
}

test('select words with the mouse, annotate them as a concern; the highlight survives a reload and a restart', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await expect(page.locator('.selection-button')).toBeVisible();
  await annotateSelection(page, 'Concern', 'Which platforms, and what budget?', ['innovation', 'budget']);

  const mark = paragraph(page, 'II.1 ¶3').locator('mark.hl');
  await expect(mark).toHaveText(QUOTE);
  await expect(mark).toHaveAttribute('data-kind', 'concern');
  await mark.hover();
  await expect(page.getByRole('tooltip')).toContainText('Which platforms, and what budget?');

  await page.reload();
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await desk.restart();
  await desk.open(page);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);

  // Clicking the highlight opens it for editing.
  await paragraph(page, 'II.1 ¶3').locator('mark.hl').click();
  await expect(editor(page).getByRole('textbox', { name: 'Note' })).toHaveValue('Which platforms, and what budget?');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toHaveCount(0);
});

test('the panel filters by tag; delete is undone with the Undo button and with Ctrl+Z', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await annotateSelection(page, 'Concern', 'Ask about the budget', ['innovation']);
  await dragSelect(page, paragraph(page, 'II.1 ¶2'), 'innovation system for the whole city');
  await annotateSelection(page, 'Support', 'Good', ['city']);

  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page)).toBeVisible();
  const cards = panel(page).locator('.annotation-card');
  await expect(cards).toHaveCount(2);
  await panel(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption('innovation');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(QUOTE);
  await expect(cards.first()).toContainText('II.1 ¶3');
  await panel(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption('');
  await panel(page).getByRole('combobox', { name: 'Filter by kind' }).selectOption('support');
  await expect(cards).toHaveCount(1);
  await panel(page).getByRole('combobox', { name: 'Filter by kind' }).selectOption('all');

  // Delete, then Undo from the notice.
  await cards
    .filter({ hasText: QUOTE })
    .getByRole('button', { name: /^Delete annotation/ })
    .click();
  await expect(cards).toHaveCount(1);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveCount(0);
  await page.getByTestId('workspace-notice').getByRole('button', { name: 'Undo' }).click();
  await expect(cards).toHaveCount(2);
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);

  // Delete, then Ctrl+Z.
  await cards
    .filter({ hasText: 'innovation system' })
    .getByRole('button', { name: /^Delete annotation/ })
    .click();
  await expect(cards).toHaveCount(1);
  await page.locator('#report').focus();
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(2);

  // Click a card to jump to its passage.
  await cards
    .filter({ hasText: QUOTE })
    .getByRole('button', { name: /^Go to/ })
    .click();
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toBeInViewport();
  await page.reload();
  await expect(paragraph(page, 'II.1 ¶3').locator('mark.hl')).toHaveText(QUOTE);
  await page.keyboard.press('Control+Shift+L');
  await expect(panel(page).locator('.annotation-card')).toHaveCount(2);
});

test('keyboard only: move to a paragraph with J and annotate it with Ctrl+Shift+A', async ({ page, desk }) => {
  await desk.open(page);
  await page.locator('#report').focus();
  await page.keyboard.press('j');
  const first = page.locator('p[data-paragraph-id]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  const third = page.locator('p[data-paragraph-id]').nth(2);
  await expect(third).toBeFocused();
  await page.keyboard.press('Control+Shift+A');
  const box = editor(page);
  await expect(box).toBeVisible();
  await expect(box.locator('blockquote')).toHaveText((await third.locator('.para-text').textContent())!.trim());
  await page.keyboard.press('ArrowRight'); // radio group: question → support
  await page.keyboard.press('Tab');
  await page.keyboard.type('Strongly agree.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('priority');
  await page.keyboard.press('Enter');
  await expect(box.locator('.tag-chip')).toHaveText(['priority×']);
  await box.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(third).toBeFocused();
  await expect(third.locator('mark.hl')).toHaveAttribute('data-kind', 'support');
  // Tab reaches the highlight; Enter opens it.
  await page.keyboard.press('Tab');
  await expect(third.locator('mark.hl')).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Strongly agree.');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('textbox', { name: 'Note' })).toHaveValue('Strongly agree.');
  await page.screenshot({ path: 'e2e/artifacts/annotation-box.png' });
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(third.locator('mark.hl')).toBeFocused();
});

test('the annotation box refuses a note over 20,000 characters and keeps the text', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = editor(page);
  await box.getByRole('textbox', { name: 'Note' }).fill('x'.repeat(20_001));
  await expect(box).toContainText('a note has at most 20,000');
  const save = box.getByRole('button', { name: 'Save' });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await save.click({ force: true });
  await expect(box).toBeVisible();
  await box.getByRole('combobox', { name: 'Tags' }).fill('t'.repeat(41));
  await box.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(box).toContainText('A tag has at most 40 characters');
  await box.getByRole('textbox', { name: 'Note' }).fill('short');
  await box.getByRole('combobox', { name: 'Tags' }).fill('');
  await expect(save).toHaveAttribute('aria-disabled', 'false');
});

test('commas and semicolons, Chinese or not, separate tags as they are typed or pasted', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = editor(page);
  const tags = box.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await page.keyboard.type('就业，民生、');
  await expect(box.locator('.tag-chip')).toHaveText(['就业×', '民生×']);
  await expect(tags).toHaveValue('');
  await tags.fill('roads; schools,water；交通');
  await expect(box.locator('.tag-chip')).toHaveText(['就业×', '民生×', 'roads×', 'schools×', 'water×']);
  await expect(tags).toHaveValue('交通');
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);
  await paragraph(page, 'II.1 ¶3').locator('mark.hl').click();
  await expect(editor(page).locator('.tag-chip')).toHaveText(['就业×', '民生×', 'roads×', 'schools×', 'water×', '交通×']);
});

test('a revised version re-anchors annotations: one placed by fuzzy matching, one orphaned and re-attached; the old version opens read-only', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await annotateSelection(page, 'Concern', 'Which platforms?', ['innovation']);
  // A passage in the paragraph the revision deletes.
  await dragSelect(page, paragraph(page, 'II.1 ¶4'), 'stimulate the vitality of innovation entities');
  await annotateSelection(page, 'Verify figure', '', []);
  await expect(paragraph(page, 'II.1 ¶4').locator('mark.hl')).toHaveCount(1);

  // A damaged Word file is refused with the main side's message (revisions come from .txt, .md or .docx).
  await page.getByRole('button', { name: 'Document' }).click();
  await page
    .getByTestId('revision-file')
    .setInputFiles({ name: 'report.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2]) });
  await expect(page.getByTestId('workspace-error')).toContainText('damaged or not a Word (.docx) file');

  await page.getByTestId('revision-file').setInputFiles(join(PROJECT_ROOT, 'e2e/fixtures/jiaxing-2024-revised.txt'));
  await expect(page.getByTestId('workspace-notice')).toContainText('0 placed exactly, 1 placed by fuzzy matching, 1 orphaned');
  await expect(page.getByRole('main')).toContainText('two provincial laboratories');
  const moved = page.locator('p', { hasText: 'two provincial laboratories' }).locator('mark.hl');
  await expect(moved).toHaveText('top-end sci-tech research platforms');

  // The orphan is listed with its quote; select new text and re-attach it.
  await expect(panel(page)).toBeVisible();
  const orphan = panel(page).locator('.annotation-card[data-status="orphaned"]');
  await expect(orphan).toContainText('stimulate the vitality of innovation entities');
  await expect(orphan).toContainText('Orphaned');
  await page.screenshot({ path: 'e2e/artifacts/annotations-panel.png' });
  await expectNoSeriousA11yViolations(page);
  await dragSelect(page, page.locator('p', { hasText: 'two provincial laboratories' }), 'two provincial laboratories');
  await orphan.getByRole('button', { name: 'Re-attach' }).click();
  await expect(panel(page).locator('.annotation-card[data-status="orphaned"]')).toHaveCount(0);
  await expect(page.locator('mark.hl', { hasText: 'two provincial laboratories' })).toHaveAttribute('data-kind', 'verify');

  // The previous version, read-only.
  await page.getByRole('button', { name: 'Document' }).click();
  await page.getByRole('button', { name: /^Version 1 .*read-only/ }).click();
  await expect(page.getByTestId('readonly-banner')).toContainText('Read-only: version 1.');
  await expect(page.getByRole('main')).toContainText('We will work hard to stimulate the vitality of innovation entities.');
  await expect(page.locator('mark.hl')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Annotate', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the current version' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  await expect(page.locator('mark.hl')).toHaveCount(2);

  await desk.restart();
  await desk.open(page);
  await expect(page.getByRole('main')).toContainText('two provincial laboratories');
  await expect(page.locator('p', { hasText: 'two provincial laboratories' }).locator('mark.hl[data-kind="concern"]')).toHaveText(
    'top-end sci-tech research platforms',
  );
});
