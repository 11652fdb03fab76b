import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const highlightSize = (page: Page, name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

test('the figures panel lists results and targets, filters to targets, jumps to the GDP target and highlights figures', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await page.getByRole('button', { name: 'Figures' }).click();
  const panel = page.getByTestId('figures-panel');
  await expect(panel.getByRole('heading', { name: 'Figures and targets' })).toBeVisible();

  // 2023 results: the GDP of 706.25 billion yuan and its growth of 6.3%, in part I.
  const gdp = panel.locator('.figure-card', { has: page.locator('.figure-value', { hasText: /^706\.25 billion yuan$/ }) });
  await expect(gdp).toHaveCount(1);
  await expect(gdp).toContainText('2023 result');
  await expect(gdp).toContainText('I ¶2');
  await expect(gdp.locator('.figure-match')).toHaveText('706.25 billion yuan');
  const growth = panel
    .locator('.figure-card[data-kind="percentage"]', { has: page.locator('.figure-value', { hasText: /^6\.3%$/ }) })
    .first();
  await expect(growth).toContainText('2023 result');
  await expect(growth).toContainText('I ¶2');

  // Filter to targets: the GDP target "around 6%" (II ¶2) is one of them, and no result is left.
  await panel.getByLabel('Result or target').selectOption('target');
  await expect(panel.locator('.figure-card[data-temporal="result"]')).toHaveCount(0);
  const target = panel
    .locator('.figure-card', { has: page.locator('.figure-value', { hasText: /^around 6%$/ }) })
    .filter({ hasText: 'II ¶2' });
  await expect(target).toHaveCount(1);
  await expect(target).toContainText('2024 target');
  await expect(panel.getByRole('status')).toContainText(/^\d+ of \d+ figures/);

  // Click: the reader lands on II ¶2 and flashes the figure.
  await target.click();
  await expect(page.locator('p[data-citation="II ¶2"]')).toBeInViewport();
  await expect.poll(() => highlightSize(page, 'figure-flash')).toBe(1);
  const flashed = await page.evaluate(() => [...(CSS.highlights.get('figure-flash') ?? [])].map((r) => (r as Range).toString()));
  // The whole figure as the card words it, not just its number.
  expect(flashed).toEqual(['around 6%']);
  // The card keeps the report's own words: “below 5%”, not a paraphrase.
  await expect(panel.locator('.figure-value', { hasText: /^below 5%$/ }).first()).toBeVisible();

  // The toggle paints every figure in the text (targets and results apart), with a legend; the report is not re-rendered.
  const paragraph = page.locator('p[data-citation="II ¶2"]');
  await paragraph.evaluate((p) => ((p as HTMLElement & { marker?: number }).marker = 42));
  await panel.getByLabel('Highlight figures in the text').check();
  await expect.poll(() => highlightSize(page, 'figure-target')).toBeGreaterThan(0);
  await expect.poll(() => highlightSize(page, 'figure-result')).toBeGreaterThan(10);
  expect(await paragraph.evaluate((p) => (p as HTMLElement & { marker?: number }).marker)).toBe(42);
  await expect(panel.getByRole('list', { name: 'Legend' })).toContainText('2024 target');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/figures-panel.png' });

  // Filter by part and kind; Ctrl+Shift+G hides and shows the panel; the highlights stay until turned off.
  await panel.getByLabel('Result or target').selectOption('all');
  await panel.getByLabel('Part', { exact: true }).selectOption('I');
  await panel.getByLabel('Kind of figure').selectOption('money');
  await expect(panel.locator('.figure-card').first()).toBeVisible();
  for (const card of await panel.locator('.figure-card').all()) await expect(card).toHaveAttribute('data-kind', 'money');
  await page.keyboard.press('Control+Shift+G');
  await expect(panel).toBeHidden();
  expect(await highlightSize(page, 'figure-target')).toBeGreaterThan(0);
  await page.keyboard.press('Control+Shift+G');
  await page.getByTestId('figures-panel').getByLabel('Highlight figures in the text').uncheck();
  await expect.poll(() => highlightSize(page, 'figure-target')).toBe(0);
});

test('the figures panel speaks Chinese too', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '指标', exact: true }).click();
  const panel = page.getByTestId('figures-panel');
  await expect(panel.getByRole('heading', { name: '数据与目标' })).toBeVisible();
  // The card quotes the report (here the English one) as written, in any interface language.
  await expect(panel.locator('.figure-card', { has: page.locator('.figure-value', { hasText: /^around 6%$/ }) }).first()).toContainText(
    '2024 年目标',
  );
  await page.screenshot({ path: 'e2e/artifacts/figures-zh.png' });
  await expectNoSeriousA11yViolations(page);
});
