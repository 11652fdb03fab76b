import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const editor = (page: Page) => page.getByTestId('draft-editor');
const checker = (page: Page) => page.getByTestId('checker');
const item = (page: Page, rule: string) => checker(page).locator(`[data-testid="checker-item"][data-rule="${rule}"]`);

async function newDraft(page: Page, kind: 'New suggestion' | 'New proposal'): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Drafts', exact: true }).click();
  await expect(page.getByTestId('drafts-view')).toBeVisible();
  await page.getByRole('button', { name: kind }).click();
  await expect(editor(page)).toBeVisible();
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

test('a Chinese suggestion that only describes a problem is flagged live, and the warning clears once it says what to do', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await newDraft(page, 'New suggestion');
  await editor(page).getByRole('combobox', { name: 'Language of the document' }).selectOption('zh-CN');
  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('关于增开农村公交班次的建议');
  await editor(page).getByRole('textbox', { name: 'Reasons' }).fill('南部山区多数村庄每天只有一班公交，老人看病、学生返校都很不方便。');
  await editor(page).getByRole('textbox', { name: 'Item 1' }).fill('农村公交班次太少，雨雪天气经常停运。');
  await editor(page).getByRole('textbox', { name: 'Deputy', exact: true }).fill('李明');
  await waitSaved(page);

  // Live, without exporting: the checker names the rule, explains it and leads to the field.
  const onlyProblem = item(page, 'suggestion.onlyProblem');
  await expect(onlyProblem).toContainText('Should');
  await expect(onlyProblem).toContainText('Concrete measures');
  await expect(onlyProblem).toContainText('The measures only describe the problem');
  await expect(onlyProblem).toContainText('the most common fault');
  // A "should" finding does not block export.
  await expect(page.getByTestId('readiness')).not.toContainText('Missing before export');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/drafting-checker.png' });

  await onlyProblem.getByRole('button', { name: 'Go to measures' }).click();
  await expect(editor(page).getByRole('textbox', { name: 'Item 1' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('建议市交通运输局增开南部山区公交班次，每村每天至少往返三班。');
  await waitSaved(page);
  await expect(item(page, 'suggestion.onlyProblem')).toHaveCount(0);
  // Other findings stay listed: the analysis is still empty.
  await expect(item(page, 'suggestion.analysis')).toContainText('The analysis of causes is empty');
});

test('a proposal with too few co-signers cannot be exported and says why; adding them clears the finding', async ({ page, desk }) => {
  await desk.open(page);
  await newDraft(page, 'New proposal');
  await editor(page).getByRole('textbox', { name: 'Title', exact: true }).fill('Proposal on a rural public transport regulation');
  await editor(page).getByRole('textbox', { name: 'Reasons (案由)' }).fill('Forty-two hill villages have one bus a day.');
  await editor(page)
    .getByRole('textbox', { name: 'Basis (案据)' })
    .fill('The provincial plan asks for a bus to every village by next year.');
  await editor(page)
    .getByRole('textbox', { name: 'Item 1' })
    .fill('The standing committee should enact a rural public transport regulation.');
  await editor(page).getByRole('textbox', { name: 'Lead deputy' }).fill('Li Ming');
  await editor(page).getByRole('textbox', { name: 'Delegation', exact: true }).fill('Nanhu District Delegation');
  await editor(page).getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByRole('dialog');
  await paste.getByRole('textbox', { name: 'Co-signers, one per line' }).fill('张三，南湖区代表团，0101\n李四，秀洲区代表团，0102');
  await paste.getByRole('button', { name: 'Add 2 co-signers' }).click();
  await expect(paste).toHaveCount(0);
  await waitSaved(page);

  const coSigners = item(page, 'proposal.coSigners');
  await expect(coSigners).toContainText('Must');
  await expect(coSigners).toContainText('A proposal needs at least 10 co-signers (it has 2)');
  await expect(page.getByTestId('readiness')).toContainText('Missing before export');

  await page.getByTestId('export-docx').click();
  const problems = page.getByTestId('export-problems');
  await expect(problems).toContainText('This draft cannot be exported yet');
  await expect(problems.getByRole('button')).toHaveText(['A proposal needs at least 10 co-signers (it has 2)']);

  await coSigners.getByRole('button', { name: 'Go to co-signers' }).click();
  await expect(editor(page).getByRole('button', { name: 'Add a co-signer' })).toBeFocused();
  await editor(page).getByRole('button', { name: 'Paste a list…' }).click();
  const more = ['王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑十一', '冯十二'].map((name, i) => `${name}，嘉善县代表团，02${i}`);
  await paste.getByRole('textbox', { name: 'Co-signers, one per line' }).fill(more.join('\n'));
  await paste.getByRole('button', { name: 'Add 8 co-signers' }).click();
  await waitSaved(page);
  await expect(item(page, 'proposal.coSigners')).toHaveCount(0);
  await expect(page.getByTestId('readiness')).toHaveText(/Ready to export/);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-docx').click();
  expect((await downloading).suggestedFilename()).toBe('Proposal on a rural public transport regulation.docx');
});
