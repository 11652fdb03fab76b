import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { viewTab } from './fixtures/views';

const KINDS = [
  { kind: 'question', label: 'Question', icon: '?' },
  { kind: 'support', label: 'Support', icon: '✓' },
  { kind: 'concern', label: 'Concern', icon: '!' },
  { kind: 'verify', label: 'Verify figure', icon: '#' },
] as const;

/** Annotates the n-th paragraph (0-based) with the keyboard: J moves to it, Ctrl+Shift+A opens the box. */
async function annotateParagraph(page: Page, index: number, kindLabel: string, note: string): Promise<void> {
  await page.locator('#report').focus();
  for (let i = 0; i <= index; i++) await page.keyboard.press('j');
  await expect(page.locator('p[data-paragraph-id]').nth(index)).toBeFocused();
  await page.keyboard.press('Control+Shift+A');
  const box = page.getByRole('dialog');
  await box.getByRole('radio', { name: kindLabel }).check();
  await box.getByRole('textbox', { name: 'Note' }).fill(note);
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);
}

// Split in three (each with at most two axe scans) so that each stays well inside the test timeout on a loaded machine.
test('the reader and the annotation box have no serious violations; each kind in the box has its own text and icon', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await expectNoSeriousA11yViolations(page);

  // The annotation box: each kind is a radio named by its text, with its own icon.
  await page.locator('p[data-paragraph-id]').nth(5).focus();
  await page.keyboard.press('Control+Shift+A');
  const box = page.getByRole('dialog');
  await expect(box).toBeVisible();
  for (const { label, icon } of KINDS) {
    await expect(box.getByRole('radio', { name: label })).toBeVisible();
    await expect(box.locator('.kind-option').filter({ hasText: label }).locator('.kind-badge')).toHaveText(icon);
  }
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
});

test('highlights and annotation cards show their kind by icon and text, not colour alone; the annotations and search panels have no serious violations', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // One annotation of each kind.
  for (const [index, { label }] of KINDS.entries()) await annotateParagraph(page, index, label, `A ${label.toLowerCase()} note`);

  // Highlights: each carries its kind's own icon (not only a colour), and names the kind to assistive technology when focused.
  for (const [index, { kind, label, icon }] of KINDS.entries()) {
    const mark = page.locator('p[data-paragraph-id]').nth(index).locator('mark.hl');
    await expect(mark).toHaveAttribute('data-kind', kind);
    await expect(mark).toHaveAttribute('data-icon', icon);
    const drawn = await mark.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(drawn, `the ${kind} icon is drawn`).toContain(icon);
    await mark.focus();
    await expect(mark).toHaveAccessibleDescription(new RegExp(`^${label}`));
  }

  // The annotations panel: each card shows its kind as text beside the icon.
  await page.keyboard.press('Control+Shift+L');
  const panel = page.getByTestId('annotations-panel');
  await expect(panel.locator('.annotation-card')).toHaveCount(4);
  for (const { kind, label, icon } of KINDS) {
    const tag = panel.locator(`.annotation-card--${kind} .kind-tag`);
    await expect(tag).toHaveText(`${icon}${label}`);
    await expect(tag).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  // The search panel, with results.
  await page.keyboard.press('Control+f');
  const search = page.getByTestId('search-panel');
  await expect(search).toBeVisible();
  await page.keyboard.type('innovation');
  await expect(search.getByRole('status')).toContainText(/\d/);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(search).toHaveCount(0);
});

test('the reader and the Your data dialog in Chinese have no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: '我的数据' }).click();
  await expect(page.getByRole('dialog', { name: '我的数据' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
});

test('the Your data dialog and its restore confirmation have no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data' });
  await expect(dialog.getByTestId('data-folder')).toHaveText(desk.dataFolder);
  await expectNoSeriousA11yViolations(page);

  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-e2e-keep-'));
  const file = join(folder, 'not-a-backup.json');
  await writeFile(file, '[]');
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await choosing).setFiles(file);
  const confirm = page.getByRole('dialog', { name: 'Restore from this backup?' });
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByTestId('data-error')).toContainText('This file cannot be restored');
  await expectNoSeriousA11yViolations(page);
  await rm(folder, { recursive: true, force: true });
});

test('drafts list, draft editor, profile dialog and the paste dialog have no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await viewTab(page, 'Drafts').click();
  await expect(page.getByTestId('drafts-view')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Profile and settings…' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'New proposal' }).click();
  const editor = page.getByTestId('draft-editor');
  await expect(editor).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await editor.getByRole('button', { name: 'Paste a list…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');

  // The list with a draft in it.
  await viewTab(page, 'Drafts').click();
  await expect(page.getByTestId('draft-list')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the votes view has no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await viewTab(page, 'Votes').click();
  await expect(page.getByTestId('votes-view')).toBeVisible();
  await expect(page.getByTestId('vote-agenda')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the library view has no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await viewTab(page, 'Library').click();
  await expect(page.getByTestId('library-view')).toBeVisible();
  await expect(page.getByTestId('library-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the figures panel has no serious violations', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: 'Figures' }).click();
  await expect(page.getByTestId('figures-panel')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
