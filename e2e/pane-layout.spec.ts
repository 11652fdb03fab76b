import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const width = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.width ?? 0;
const stored = async (folder: string) => JSON.parse(await readFile(join(folder, 'deputy-desk.json'), 'utf8')).settings.paneLayout;
const outlineSplitter = (page: Page) => page.getByRole('separator', { name: /Resize the outline/ });
const panelSplitter = (page: Page) => page.getByRole('separator', { name: /Resize the side panel/ });

test('at 1024 × 768 with the outline and the annotations panel open the report keeps a readable column; both resize by mouse and keyboard, the outline hides, and all of it survives a restart', async ({
  page,
  desk,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await desk.open(page);
  await page.keyboard.press('Control+Shift+L');
  const panel = page.getByTestId('annotations-panel');
  await expect(panel).toBeVisible();

  // A readable report column (it was 404 px with a 236 px line of text).
  expect(await width(page, '.reading-pane')).toBeGreaterThanOrEqual(515);
  expect(await width(page, '.para-text')).toBeGreaterThanOrEqual(380);
  // The keyboard help is folded away, one click from view.
  const help = panel.locator('details.shortcut-help');
  await expect(help.getByText(/Keyboard: J \/ K/)).toBeHidden();
  await help.getByText('Keyboard shortcuts').click();
  await expect(help.getByText(/Keyboard: J \/ K/)).toBeVisible();
  await help.getByText('Keyboard shortcuts').click();
  await page.screenshot({ path: testInfo.outputPath('layout-1024-both.png') });

  // The panel's splitter by keyboard: ← widens the panel on the right, → narrows it; aria-valuenow follows.
  const splitter = panelSplitter(page);
  const start = Number(await splitter.getAttribute('aria-valuenow'));
  expect(start).toBeCloseTo(await width(page, '.side-column'), -1);
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(start - 32));
  await expect.poll(() => width(page, '.side-column')).toBeCloseTo(start - 32, 0);
  await page.keyboard.press('Home');
  await expect(splitter).toHaveAttribute('aria-valuenow', '260');

  // The outline's splitter by mouse: drag its edge 30 px to the left.
  const edge = (await outlineSplitter(page).boundingBox())!;
  const outlineBefore = await width(page, '.outline-panel');
  await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 - 15, edge.y + 200, { steps: 3 });
  await page.mouse.move(edge.x + edge.width / 2 - 30, edge.y + 200, { steps: 3 });
  await page.mouse.up();
  await expect.poll(() => width(page, '.outline-panel')).toBeCloseTo(outlineBefore - 30, 0);
  const outlineWidth = Number(await outlineSplitter(page).getAttribute('aria-valuenow'));
  await expect.poll(() => stored(desk.dataFolder)).toEqual({ outlineWidth, outlineCollapsed: false, panelWidth: 260 });

  // Enter on the outline's splitter hides the outline; the report gets the room.
  await outlineSplitter(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Outline' })).toHaveCount(0);
  await expect(page.getByTestId('show-outline')).toBeVisible();
  expect(await width(page, '.reading-pane')).toBeGreaterThan(650);
  await expect.poll(async () => (await stored(desk.dataFolder)).outlineCollapsed).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('layout-1024-outline-hidden.png') });

  // After a restart: still hidden, the panel still 260 px; showing the outline brings back its width.
  await desk.restart();
  await desk.open(page);
  await expect(page.getByTestId('show-outline')).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(panelSplitter(page)).toHaveAttribute('aria-valuenow', '260');
  expect(await width(page, '.side-column')).toBeCloseTo(260, 0);
  await page.getByTestId('show-outline').click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  await expect(outlineSplitter(page)).toHaveAttribute('aria-valuenow', String(outlineWidth));
  // The hide button does what Enter did.
  await page.getByRole('button', { name: 'Hide the outline' }).click();
  await expect(page.getByTestId('show-outline')).toBeVisible();
});

test('at 1366 × 768 the columns keep their default widths, in Chinese too', async ({ page, desk }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await desk.open(page);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByTestId('annotations-panel')).toBeVisible();
  expect(await width(page, '.outline-panel')).toBeCloseTo(300, 0);
  expect(await width(page, '.side-column')).toBeCloseTo(380, 0);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('separator', { name: /调整目录宽度/ })).toHaveAttribute('aria-valuenow', '300');
  await page.screenshot({ path: testInfo.outputPath('layout-1366-zh.png') });
});
