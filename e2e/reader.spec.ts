import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const outline = (page: Page) => page.getByRole('navigation', { name: 'Outline' });
const outlineEntry = (page: Page, path: string) => outline(page).locator(`a[data-path="${path}"]`);

test('the outline lists the preamble, parts I–III and items 1–10 under part II', async ({ page, desk }) => {
  await desk.open(page);
  const nav = outline(page);
  await expect(nav.getByRole('link', { name: 'Opening', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^I\. A Review of Our Work in 2023$/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^II\. The overall requirements for the government in 2024/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^III\. We will effectively strengthen government self-improvement/ })).toBeVisible();
  for (let item = 1; item <= 10; item++) await expect(outlineEntry(page, `II.${item}`)).toBeVisible();
  await expect(outlineEntry(page, 'II.11')).toHaveCount(0);
  for (let item = 1; item <= 7; item++) await expect(outlineEntry(page, `I.${item}`)).toBeVisible();
  await expect(outlineEntry(page, 'I.8')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('every paragraph shows its citation label, and the heading and body of an inline item are split', async ({ page, desk }) => {
  await desk.open(page);
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', {
      name: /We did our best to help enterprises and economy achieve high-quality and efficient development\.$/,
    }),
  ).toBeVisible();
  const topPlatforms = main.locator('p', { hasText: 'We will work hard to build top-end sci-tech innovation platforms' });
  await expect(topPlatforms).toContainText('II.1 ¶3');
});

test('clicking II.9 in the outline scrolls to it and marks it current', async ({ page, desk }) => {
  await desk.open(page);
  await outlineEntry(page, 'II.9').click();
  const heading = page.getByRole('main').getByRole('heading', { name: /^9\. We will work hard to reduce pollution and carbon emission/ });
  await expect(heading).toBeInViewport();
  await expect(outlineEntry(page, 'II.9')).toHaveAttribute('aria-current', 'location');
  await expect(outline(page).locator('[aria-current="location"]')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/artifacts/reader-ii-9.png' });
});

test('scrolling moves the current outline entry along', async ({ page, desk }) => {
  await desk.open(page);
  await expect(outlineEntry(page, 'preamble')).toHaveAttribute('aria-current', 'location');
  // Scroll the pane itself (no outline click): the heading of II.5 comes to the top, then a paragraph of I.3.
  await page.locator('[id="heading-II.5"]').evaluate((heading) => heading.scrollIntoView());
  await expect(outlineEntry(page, 'II.5')).toHaveAttribute('aria-current', 'location');
  await page.locator('p[data-citation="I.3 ¶1"]').evaluate((paragraph) => paragraph.scrollIntoView());
  await expect(outlineEntry(page, 'I.3')).toHaveAttribute('aria-current', 'location');
  await expect(outline(page).locator('[aria-current="location"]')).toHaveCount(1);
});

test('reading position and text size survive a restart with the same data folder', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByTestId('text-size-value')).toHaveText('22 px');
  await outlineEntry(page, 'II.7').click();
  await expect(outlineEntry(page, 'II.7')).toHaveAttribute('aria-current', 'location');
  // The position is saved shortly after scrolling stops; the store file is the proof. The report saves
  // its first paragraph when it opens, so wait for a paragraph of II.7, not for any position.
  const inSection = await page
    .locator('p[data-paragraph-id][data-section="II.7"], p[data-paragraph-id][data-section^="II.7."]')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-paragraph-id')));
  expect(inSection.length).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const positions = JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')).readingPositions as Record<
        string,
        { paragraphId: string }
      >;
      return Object.values(positions).map((p) => inSection.includes(p.paragraphId));
    })
    .toEqual([true]);

  await desk.restart();
  await desk.open(page);
  await expect(page.getByTestId('text-size-value')).toHaveText('22 px');
  await expect(outlineEntry(page, 'II.7')).toHaveAttribute('aria-current', 'location');
  await expect(page.getByRole('main').getByRole('heading', { name: /^7\. We will work hard to deepen reform/ })).toBeInViewport();
  const fontSize = await page
    .getByRole('main')
    .locator('p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontSize);
  expect(fontSize).toBe('22px');
});

test('switching to Chinese changes the interface text and is remembered', async ({ page, desk }) => {
  await desk.open(page);
  await page.screenshot({ path: 'e2e/artifacts/reader.png' });
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/reader-zh.png' });
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(outline(page)).toBeVisible();
});

test('a damaged data file is kept aside, the report still opens, and the deputy is told where the file is', async ({ page, desk }) => {
  await writeFile(join(desk.dataFolder, 'deputy-desk.json'), '{"schemaVersion":1,"settings":{"langu');
  await desk.restart();
  await desk.open(page);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText(join(desk.dataFolder, 'deputy-desk.damaged-'));
  const kept = (await readdir(desk.dataFolder)).filter((name) => name.startsWith('deputy-desk.damaged-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(join(desk.dataFolder, kept[0]!), 'utf8')).toBe('{"schemaVersion":1,"settings":{"langu');
  await expectNoSeriousA11yViolations(page);

  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be used' })).toHaveCount(0);
});
