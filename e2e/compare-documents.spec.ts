import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, '../src/shared/targets/fixtures');
const BUNDLED = 'Report on the Work of the Jiaxing Municipal Government (2024)';

async function importReport(page: Page, file: string, title: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await page.getByTestId('library-file').setInputFiles(join(FIXTURES, file));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(title);
  await preview.getByLabel('Kind').selectOption('work-report');
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(page.getByRole('button', { name: `Open “${title}” in the reader` })).toBeVisible();
}

const openCompare = (page: Page) => page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();

test('the bundled 2024 report against last year’s: sections matched by heading, the changed GDP figure, sections only in one', async ({
  page,
  desk,
}) => {
  const lastYear = 'Report on the Work of the Government (2023)';
  await desk.open(page);
  await importReport(page, 'work-report-2023.en.txt', lastYear);
  // Opened from the bundled report (one version): the two-documents comparison, last year's report proposed.
  await openCompare(page);
  const view = page.getByTestId('compare-view');
  await expect(view.getByRole('heading', { name: 'Compare two documents', level: 2 })).toBeVisible();
  await expect(view.getByLabel('Older document (last year’s)').locator('option:checked')).toHaveText(lastYear);
  await expect(view.getByLabel('Newer document').locator('option:checked')).toHaveText(BUNDLED);
  await expect(view.getByTestId('compare-summary')).toHaveText(
    '3 sections matched (3 with changes), 1 only in the older, 20 only in the newer document',
  );

  const matches = view.getByTestId('section-matches');
  const review = matches
    .locator('li[data-kind="paired"]')
    .filter({ hasText: 'I A Review of Our Work in 2022 ↔ I A Review of Our Work in 2023' });
  await expect(review).toHaveCount(1);
  await expect(review.getByTestId('changed-figures')).toContainText('GDP growth (result): 3.5% → 6.3%');
  await expect(matches.locator('li[data-kind="only-old"]')).toHaveText(/removed.*III\.1 Improving people's well-being/);
  await expect(matches.locator('li[data-kind="only-new"]').filter({ hasText: 'II.1 We will strengthen sci-tech innovation' })).toHaveCount(
    1,
  );

  // A click shows the section: last year's paragraph deleted, this year's paragraphs added.
  await review.getByRole('button').click();
  const section = view.getByRole('region', { name: 'I A Review of Our Work in 2022 ↔ I A Review of Our Work in 2023' });
  await expect(section).toBeFocused();
  await expect(section.locator('.cmp-row[data-kind="removed"] del')).toContainText("Last year, the city's GDP grew by 3.5%");
  await expect(section.locator('.cmp-row[data-kind="added"] ins').first()).toContainText('In 2023, facing complicated');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath('compare-documents-en.png') });

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(view.getByTestId('compare-summary')).toHaveText(
    '对应章节 3 个（其中 3 个有改动），仅见于较早文件 1 个，仅见于较新文件 20 个',
  );
  await expect(review.getByTestId('changed-figures')).toContainText('地区生产总值增长（完成）：3.5% → 6.3%');
  await page.screenshot({ path: test.info().outputPath('compare-documents-zh-ui.png') });
});

test('two Chinese work reports: “一、2022年工作回顾” ↔ “一、2023年工作回顾”, the changed targets marked by word, a chosen pair', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await importReport(page, 'work-report-2023.zh.txt', '2023年政府工作报告');
  await importReport(page, 'work-report-2024.zh.txt', '2024年政府工作报告');
  await page.getByRole('button', { name: 'Open “2024年政府工作报告” in the reader' }).click();
  await expect(page.locator('.document-title')).toHaveText('2024年政府工作报告');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '版本对比' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view.getByLabel('较早的文件（上年的）').locator('option:checked')).toHaveText('2023年政府工作报告');
  await expect(view.getByTestId('compare-summary')).toHaveText(
    '对应章节 3 个（其中 3 个有改动），仅见于较早文件 1 个，仅见于较新文件 0 个',
  );

  const matches = view.getByTestId('section-matches');
  const review = matches.locator('li[data-kind="paired"]').filter({ hasText: '一 2022年工作回顾 ↔ 一 2023年工作回顾' });
  await expect(review.getByTestId('changed-figures').getByRole('listitem')).toHaveText([
    '地区生产总值增长（完成）：3.5% → 6.3%',
    '城镇新增就业（完成）：9.8万人 → 10.2万人',
  ]);
  const targets = matches
    .locator('li[data-kind="paired"]')
    .filter({ hasText: '二 2023年总体要求和主要目标 ↔ 二 2024年总体要求和主要目标' });
  await expect(targets.getByTestId('changed-figures')).toContainText('地区生产总值增长（目标）：6%左右 → 5.5%左右');
  await expect(matches.locator('li[data-kind="only-old"]')).toContainText('三.(一) 持续增进民生福祉');

  // The rewritten targets paragraph, marked by segmenter words: the sentence's opening is common, the figure is not.
  const section = view.getByRole('region', { name: '二 2023年总体要求和主要目标 ↔ 二 2024年总体要求和主要目标' });
  const changed = section.locator('.cmp-row[data-kind="changed"]');
  await expect(changed.locator('del').first()).toBeVisible();
  await expect(changed.locator('ins', { hasText: '5.5' })).toHaveCount(1);
  await expect(changed.locator('p[data-paragraph-id] .para-text')).toContainText(
    '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右',
  );
  await view.getByLabel('只看有改动的段落').check();
  await expect(view.locator('.cmp-row[data-kind="same"]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('compare-documents-zh.png') });

  // The same document on both sides is refused with what to do; another pair can be chosen.
  await view.getByLabel('较早的文件（上年的）').selectOption({ label: '2024年政府工作报告' });
  await expect(view.getByRole('alert')).toHaveText('请选择两份不同的文件进行对比。');
  await view.getByLabel('较早的文件（上年的）').selectOption({ label: BUNDLED });
  await expect(view.getByTestId('compare-summary')).toContainText('对应章节');
});
