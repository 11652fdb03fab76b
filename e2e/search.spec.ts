import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';

const searchPanel = (page: Page) => page.getByRole('search', { name: 'Search' });
const searchBox = (page: Page) => searchPanel(page).getByRole('searchbox', { name: 'Search the reports, notes, tags and drafts' });

/** The text painted by the CSS Custom Highlight API under `name`. */
const highlighted = (page: Page, name: string) =>
  page.evaluate((key) => [...(CSS.highlights.get(key)?.values() ?? [])].map((range) => (range as Range).toString()), name);

test('Ctrl+F finds a word in the report and one only in a note; Enter moves on; Esc closes and returns focus', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, page.locator('p[data-citation="II.1 ¶3"]'), 'top-end sci-tech innovation platforms');
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Note' }).fill('Ask the mayor about the zeppelin hangar.');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.locator('#report').focus();
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();

  // A word of the report: listed with context and citation, highlighted in the text, the first match brought into view.
  await page.keyboard.type('photovoltaic');
  const results = searchPanel(page).locator('.search-result');
  await expect(results.first()).toContainText('photovoltaic');
  // The list follows each keystroke: count the matches once the whole word is what is searched
  // (the current match painted is the whole word), not those of a prefix typed a moment before.
  await expect.poll(() => highlighted(page, 'search-current')).toEqual(['photovoltaic']);
  const count = await results.count();
  expect(count).toBeGreaterThan(1);
  await expect(searchPanel(page).getByRole('status')).toHaveText(`Match 1 of ${count}`);
  await expect(results.first()).toContainText(/[IV]+\.\d+ ¶\d+/);
  await expect.poll(() => highlighted(page, 'search-current')).toEqual(['photovoltaic']);
  await expect.poll(async () => (await highlighted(page, 'search')).length).toBe(count - 1);
  const firstCitation = await results.first().locator('.card-citation').textContent();
  await expect(page.locator(`p[data-citation="${firstCitation}"]`)).toBeInViewport();
  await page.screenshot({ path: 'e2e/artifacts/search.png' });

  await page.keyboard.press('Enter');
  await expect(searchPanel(page).getByRole('status')).toHaveText(`Match 2 of ${count}`);
  await expect(results.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Shift+Enter');
  await expect(searchPanel(page).getByRole('status')).toHaveText(`Match 1 of ${count}`);
  await page.keyboard.press('ArrowUp');
  await expect(searchPanel(page).getByRole('status')).toHaveText(`Match ${count} of ${count}`);

  // Case and diacritics do not matter.
  await searchBox(page).fill('PHOTOVOLTAÏC');
  await expect(results).toHaveCount(count);

  // A word only in the deputy's note.
  await searchBox(page).fill('zeppelin');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('data-kind', 'note');
  await expect(results.first()).toContainText('II.1 ¶3');
  await expect(results.first()).toContainText('Note');
  await expect(page.locator('p[data-citation="II.1 ¶3"] mark.hl')).toBeInViewport();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('Escape');
  await expect(searchPanel(page)).toHaveCount(0);
  await expect(page.locator('#report')).toBeFocused();
  await expect.poll(() => highlighted(page, 'search')).toEqual([]);
});

test('a search with no match says so, and Chinese UI text is used for the panel', async ({ page, desk }) => {
  await desk.open(page);
  await page.getByRole('button', { name: 'Search' }).click();
  await searchBox(page).fill('xyzzy');
  await expect(searchPanel(page).getByRole('status')).toHaveText('No matches.');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('search', { name: '搜索' })).toBeVisible();
});
