import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const px = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
const stored = async (folder: string) => JSON.parse(await readFile(join(folder, 'deputy-desk.json'), 'utf8')).settings;

test('Ctrl+= / Ctrl+- zoom the whole interface, Ctrl+] / Ctrl+[ only the report text; the zoom survives a restart', async ({
  page,
  desk,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await desk.open(page);
  const zoomValue = page.getByTestId('interface-zoom-value');
  await expect(zoomValue).toHaveText('100 %');
  const outlineBefore = await px(page, '.outline-link');
  const reportBefore = await px(page, '.para-text');

  // Interface zoom: the outline, the top bar and the report all grow; the report's text size setting does not change.
  await page.locator('#report').focus();
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  await expect(zoomValue).toHaveText('125 %');
  await expect.poll(() => px(page, '.outline-link')).toBeCloseTo(outlineBefore * 1.25, 1);
  await expect.poll(() => px(page, '.para-text')).toBeCloseTo(reportBefore * 1.25, 1);
  expect(await px(page, '.app-name')).toBeGreaterThan(16);
  await expect(page.getByTestId('text-size-value')).toHaveText('18 px');
  await expect.poll(async () => (await stored(desk.dataFolder)).interfaceZoom).toBe(125);

  // Text size: only the report.
  await page.keyboard.press('Control+]');
  await expect(page.getByTestId('text-size-value')).toHaveText('20 px');
  await expect(zoomValue).toHaveText('125 %');
  await expect.poll(() => px(page, '.para-text')).toBeCloseTo(20 * 1.25, 1);
  expect(await px(page, '.outline-link')).toBeCloseTo(outlineBefore * 1.25, 1);
  await page.keyboard.press('Control+[');
  await expect(page.getByTestId('text-size-value')).toHaveText('18 px');
  await page.screenshot({ path: testInfo.outputPath('zoom-125.png') });

  // The buttons do the same, and say their keys.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await expect(zoomIn).toHaveAttribute('title', 'Zoom in (Ctrl+=)');
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('title', 'Larger text (Ctrl+])');
  await zoomIn.click();
  await expect(zoomValue).toHaveText('150 %');
  await expect.poll(async () => (await stored(desk.dataFolder)).interfaceZoom).toBe(150);

  await desk.restart();
  await desk.open(page);
  await expect(zoomValue).toHaveText('150 %');
  await expect.poll(() => px(page, '.outline-link')).toBeCloseTo(outlineBefore * 1.5, 1);
  await page.screenshot({ path: testInfo.outputPath('zoom-150.png') });

  // Ctrl+0 goes back to normal size; Ctrl+- below it.
  await page.keyboard.press('Control+0');
  await expect(zoomValue).toHaveText('100 %');
  await expect.poll(() => px(page, '.outline-link')).toBeCloseTo(outlineBefore, 1);
  await page.keyboard.press('Control+-');
  await expect(zoomValue).toHaveText('90 %');
  await expect.poll(async () => (await stored(desk.dataFolder)).interfaceZoom).toBe(90);

  // The keyboard help names both.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByTestId('annotations-panel')).toContainText(
    "Ctrl+= / Ctrl+- zoom the interface, Ctrl+] / Ctrl+[ change the report's text size.",
  );
});
