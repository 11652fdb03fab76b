import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { submitDraft, TITLE } from './fixtures/submit-draft';
import { viewTab } from './fixtures/views';

const draftEditor = (page: Page) => page.getByTestId('draft-editor');
const record = (page: Page) => page.getByTestId('submission-editor');
const list = (page: Page) => page.getByTestId('submission-list');
const filter = (page: Page, name: RegExp) => page.getByRole('group', { name: 'Show' }).getByRole('button', { name });

async function recordSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('submission-save-status')).toHaveText('Saved');
}

async function exportYear(page: Page, testInfo: TestInfo, language: 'English' | 'Simplified Chinese', name: string): Promise<string> {
  await page.getByRole('combobox', { name: 'Document language' }).selectOption({ label: language });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the yearly record (DOCX)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/2025.*\.docx$/);
  const path = testInfo.outputPath(name);
  await download.saveAs(path);
  return (await mammoth.extractRawText({ path })).value;
}

test('a draft submitted, assigned, answered in category C and rated dissatisfied: due date, filters and the yearly DOCX', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  // Submit: the draft becomes a submitted suggestion, awaiting its reply.
  await submitDraft(page);
  await expect(filter(page, /^Awaiting reply \(1\)$/)).toBeVisible();
  await expect(record(page).getByTestId('reply-due')).toHaveText('Enter the assignment date to see when the reply is due.');

  // Handing in and assignment: the due date is 3 months on, the last day of February for 30 November.
  await record(page).getByLabel('Submission number', { exact: true }).fill('第0057号');
  await record(page).getByLabel('Submitted on', { exact: true }).fill('2025-11-20');
  await record(page).getByLabel('Lead handling unit (主办)', { exact: true }).fill('嘉兴市交通运输局');
  await record(page).getByLabel('Assisting units (协办)', { exact: true }).fill('嘉兴市财政局');
  await record(page).getByLabel('Assigned on', { exact: true }).fill('2025-11-30');
  await recordSaved(page);
  // Past the due date without a reply (the host's clock is today, after February 2026): overdue.
  await expect(record(page).getByTestId('reply-due')).toHaveText('28 February 2026 — overdue');
  await expect(record(page).getByTestId('submission-reminders')).toContainText('Reply overdue: it was due 28 February 2026');
  await filter(page, /^Overdue \(1\)$/).click();
  await expect(list(page).getByRole('button')).toHaveCount(1);
  await expect(list(page)).toContainText(TITLE);
  await expect(list(page)).toContainText('Overdue');
  await page.screenshot({ path: 'e2e/artifacts/reply-tracking-overdue.png' });

  // The reply arrives: category C; the deputy is dissatisfied with the result.
  await record(page).getByLabel('Reply received on', { exact: true }).fill('2026-03-05');
  await record(page).getByLabel('Reply category', { exact: true }).selectOption({ label: 'C — to be solved later' });
  await record(page).getByLabel('Adoption', { exact: true }).selectOption({ label: 'Partly adopted' });
  await record(page).getByLabel('The reply’s text', { exact: true }).fill('该线路因财政预算原因列入明年计划，待条件成熟后开通。');
  await record(page)
    .getByLabel('Satisfaction with the handling', { exact: true })
    .selectOption({ label: 'Basically satisfied (基本满意)' });
  await record(page).getByLabel('Satisfaction with the result', { exact: true }).selectOption({ label: 'Dissatisfied (不满意)' });
  await recordSaved(page);
  await expect(record(page).getByTestId('submission-reminders')).toHaveCount(0);
  await expect(filter(page, /^Overdue \(0\)$/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'None in this list.' })).toBeVisible();
  await expect(filter(page, /^Awaiting reply \(0\)$/)).toBeVisible();
  await filter(page, /^Dissatisfied \(1\)$/).click();
  await expect(list(page).getByRole('button')).toHaveCount(1);
  await expect(list(page)).toContainText('Reply: C');
  await expect(list(page)).toContainText('Dissatisfied');
  await page.screenshot({ path: 'e2e/artifacts/reply-tracking-dissatisfied.png' });

  // The yearly record, in English and in Chinese, read back.
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2025');
  const english = await exportYear(page, testInfo, 'English', 'record-en.docx');
  for (const expected of [
    'Suggestions and proposals of 2025: record of submission and handling',
    'Deputy: Wang Fang, Nanhu District Delegation',
    'Put forward in 2025: 1 in all (1 suggestions, 0 proposals).',
    'Replied: 1 (category A: 0, B: 0, C: 1, D: 0); awaiting a reply: 0, of which overdue: 0.',
    'On the result: satisfied 0, basically satisfied 0, dissatisfied 1, not rated 0.',
    `1. ${TITLE}`,
    'Number: 第0057号',
    'Lead handling unit: 嘉兴市交通运输局',
    'Assigned: 30 November 2025',
    'Reply due: 28 February 2026',
    'Reply category: C (to be solved later)',
    'Satisfaction with the result: Dissatisfied',
    '该线路因财政预算原因列入明年计划，待条件成熟后开通。',
  ]) {
    expect(english, expected).toContain(expected);
  }
  const chinese = (await exportYear(page, testInfo, 'Simplified Chinese', 'record-zh.docx')).replace(/\s+/g, '');
  for (const expected of [
    '2025年度代表建议、议案提出及办理情况',
    '2025年度共提出建议1件、议案0件，合计1件。',
    '答复分类：C类（因条件限制待以后解决）',
    '对办理结果的评价：不满意',
    '交办日期：2025年11月30日',
    '答复期限：2026年2月28日',
    '协办单位：嘉兴市财政局',
  ]) {
    expect(chinese, expected).toContain(expected);
  }
});

const REPLY_LINES = ['关于晚间公交延伸至乡镇的建议的答复', '王芳代表：', '您提出的建议收悉。经研究，2027年起开通风桥、余新两条晚班线路。'];
let replyDocx: Buffer;

test.beforeAll(() => {
  // A reply as a handling unit sends it: a Word file, written here by LibreOffice from text.
  const dir = mkdtempSync(join(tmpdir(), 'reply-file-'));
  writeFileSync(join(dir, 'reply.txt'), REPLY_LINES.join('\n\n'));
  const converted = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'docx',
      '--outdir',
      dir,
      join(dir, 'reply.txt'),
    ],
    { encoding: 'utf8' },
  );
  if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
  replyDocx = readFileSync(join(dir, 'reply.docx'));
});

test("a reply received as a Word file: its text becomes the reply's text and is kept; a file that is not one is refused", async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await submitDraft(page);

  await record(page)
    .getByTestId('reply-file-input')
    .setInputFiles({ name: 'not-a-reply.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 broken') });
  await expect(record(page).getByRole('alert')).toBeVisible();
  await expect(record(page).getByLabel('The reply’s text', { exact: true })).toHaveValue('');

  await record(page).getByTestId('reply-file-input').setInputFiles({
    name: 'reply.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: replyDocx,
  });
  await expect(record(page).getByTestId('reply-file-message')).toHaveText('The reply’s text was taken from reply.docx.');
  for (const line of REPLY_LINES) await expect(record(page).getByLabel('The reply’s text', { exact: true })).toHaveValue(new RegExp(line));
  await recordSaved(page);
  await page.reload();
  await expect(record(page).getByLabel('The reply’s text', { exact: true })).toHaveValue(new RegExp(REPLY_LINES[2] ?? ''));
});

test('the record survives a restart, the draft says it was submitted, and the view passes the accessibility checks', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await submitDraft(page);
  await record(page).getByLabel('Submitted on', { exact: true }).fill('2025-11-20');
  await record(page).getByLabel('Assigned on', { exact: true }).fill('2025-11-30');
  await record(page).getByLabel('Reply category', { exact: true }).selectOption({ label: 'C — to be solved later' });
  await recordSaved(page);
  await expectNoSeriousA11yViolations(page);

  await desk.restart();
  await desk.open(page);
  await viewTab(page, 'Submitted').click();
  await expect(record(page).getByLabel('Reply category', { exact: true })).toHaveValue('C');
  await expect(record(page).getByTestId('reply-due')).toHaveText('28 February 2026');

  await viewTab(page, 'Drafts').click();
  await page
    .getByTestId('draft-list')
    .getByRole('button', { name: new RegExp(TITLE) })
    .first()
    .click();
  await expect(draftEditor(page).getByTestId('draft-submitted')).toContainText('Submitted on 20 November 2025');
  await page.screenshot({ path: 'e2e/artifacts/reply-tracking-draft-submitted.png' });
});
