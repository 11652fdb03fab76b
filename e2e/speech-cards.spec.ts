import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { viewTab } from './fixtures/views';

const editor = (page: Page) => page.getByTestId('speech-editor');
const point = (page: Page, n: number) =>
  editor(page)
    .getByTestId('speech-point')
    .nth(n - 1);

// 200 Chinese characters (48 s at 250 a minute) and 65 English words (30 s at 130 a minute): 1:18 in all.
const CHINESE_POINT = '农村公交要通到每个村。'.repeat(20);
const ENGLISH_POINT = Array.from({ length: 13 }, () => 'Buses must reach every village.').join(' ');
const TITLE = '关于政府工作报告的审议发言';

async function linkPassage(page: Page, n: number, citation: string) {
  await point(page, n).getByRole('button', { name: 'Link a report passage…' }).click();
  const picker = page.getByTestId('speech-paragraph-picker');
  const paragraph = picker.locator(`button[data-citation="${citation}"]`);
  await paragraph.click();
  await expect(paragraph).toHaveAttribute('aria-pressed', 'true');
  await picker.getByRole('button', { name: 'Done' }).click();
  await expect(picker).toHaveCount(0);
}

test('a speech card: two points linked to passages, the time budget, a practice count-down, and its DOCX', async ({
  page,
  desk,
}, testInfo) => {
  // The page's clock is Playwright's: the count-down is moved on by the test, never waited for.
  await page.clock.install();
  await desk.open(page);
  await viewTab(page, 'Speech cards').click();
  await page.getByTestId('speech-new').click();
  await expect(editor(page)).toBeVisible();
  await editor(page).getByLabel('Title').fill(TITLE);
  await editor(page).getByLabel('Title').blur();
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await editor(page).getByLabel('Language of the card').selectOption('zh-CN');

  // Two points, each linked to a report passage; the budget follows the typing.
  await point(page, 1).getByRole('textbox').fill(CHINESE_POINT);
  await editor(page).getByTestId('speech-add-point').click();
  await point(page, 2).getByRole('textbox').fill(ENGLISH_POINT);
  await expect(point(page, 1).getByTestId('speech-point-time')).toHaveText('0:48 to say');
  await expect(point(page, 2).getByTestId('speech-point-time')).toHaveText('0:30 to say');
  const budget = editor(page).getByTestId('speech-budget');
  await expect(budget).toContainText('The points take 1:18 of 3:00.');
  await expect(budget).toContainText('1:42 to spare.');
  await expect(budget).toHaveAttribute('data-over', 'false');
  await linkPassage(page, 1, 'II.1 ¶2');
  await linkPassage(page, 2, 'II.2 ¶1');
  await expect(point(page, 1).getByTestId('speech-passage')).toContainText('innovation system for the whole city');
  await expect(point(page, 2).getByTestId('speech-passage')).toContainText('II.2 ¶1');
  await expect(editor(page).getByTestId('speech-save-status')).toHaveText('Saved');

  // One minute given: the same points are over by 18 seconds.
  await editor(page).getByLabel('Minutes given').fill('1');
  await expect(budget).toContainText('Over by 0:18: cut before speaking.');
  await expect(budget).toHaveAttribute('data-over', 'true');
  await page.screenshot({ path: 'e2e/artifacts/speech-card.png', fullPage: true });

  // A linked passage opens the reader there.
  await point(page, 1).getByRole('button', { name: 'Open II.1 ¶2 in the reader' }).click();
  await expect(page.locator('p[data-citation="II.1 ¶2"]')).toBeFocused();
  await viewTab(page, 'Speech cards').click();
  await expect(point(page, 2).getByRole('textbox')).toHaveValue(ENGLISH_POINT);

  // Practice: the clock counts down from the minute given, holds when paused, and shows the overtime.
  const clock = editor(page).getByTestId('speech-countdown');
  await expect(clock).toHaveText('1:00');
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await editor(page).getByTestId('speech-practice-start').click();
  await page.clock.runFor(20_000);
  await expect(clock).toHaveText('0:40');
  await expect(clock).toHaveAttribute('data-phase', 'running');
  await editor(page).getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('0:40');
  await expect(editor(page).getByTestId('speech-practice')).toContainText('Paused');
  await editor(page).getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(45_000);
  await expect(clock).toHaveText('−0:05');
  await expect(editor(page).getByTestId('speech-practice')).toContainText('Time is up');
  await page.screenshot({ path: 'e2e/artifacts/speech-practice.png' });
  await page.clock.resume();

  // The DOCX holds the card's title, budget, points in order and their passages.
  const downloading = page.waitForEvent('download');
  await editor(page).getByTestId('speech-export-docx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
  const path = testInfo.outputPath('speech-card.docx');
  await download.saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;
  expect(text).toContain('审议发言提纲');
  expect(text).toContain(TITLE);
  expect(text).toContain('发言时间：1分钟 · 按每分钟250字（英文每分钟130词）约需1:18');
  expect(text).toContain('超时0:18，发言前请删减');
  expect(text.indexOf(CHINESE_POINT)).toBeGreaterThan(-1);
  expect(text.indexOf(ENGLISH_POINT)).toBeGreaterThan(text.indexOf(CHINESE_POINT));
  expect(text).toContain('一、（0:48）');
  expect(text).toContain('二、（0:30）');
  expect(text).toContain('II.1 ¶2');
  expect(text).toContain('II.2 ¶1');
});
