import mammoth from 'mammoth';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { viewTab } from './fixtures/views';

const votesView = (page: Page) => page.getByTestId('votes-view');
const agenda = (page: Page) => page.getByTestId('vote-agenda');
const editor = (page: Page) => page.getByTestId('vote-item-editor');
const ballot = (page: Page) => page.getByTestId('ballot');
const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);

const GWR = 'Resolution on the government work report';
const PLAN = 'Resolution on the report on the economic and social development plan';
const BUDGET = 'Resolution on the budget report';
const BALLOT = 'Ballot on the livelihood projects';

const NOTES = [
  { title: GWR, intention: 'For', reasons: 'The targets for 2024 are realistic and the review is candid.', citation: 'II.1 ¶3' },
  {
    title: PLAN,
    intention: 'Against',
    reasons: 'The plan gives no figures for rural water supply; ask for them first.',
    citation: 'II.1 ¶2',
  },
  { title: BUDGET, intention: 'Abstain', reasons: '预算草案中民生支出比例需要进一步说明。', citation: 'II.2 ¶1' },
] as const;

/** A messy pasted list: tabs, Chinese commas and semicolons, numbering, amounts such as "1,200万元"; line 6 and the last line need correcting. */
const PASTED = [
  '1. 城乡公交一体化提升工程\t新增公交线路20条\t1,200万元\t2024年12月',
  '2、老旧小区改造，改造小区36个，3500万元，2024年底',
  '（3）社区嵌入式养老服务中心  新建养老服务中心8家  800万元  2024-10',
  '4.中小学食堂改造；改造学校食堂25所；0.15亿元；2024年9月',
  '5、城市停车设施建设，新增公共停车位3000个，2,600万元，2024年11月',
  '6\t婴幼儿托育服务\t新增托位1500个\t900万元\t2024年12月',
  '7. 农村饮用水提标\t改造供水管网120公里\t1800\t2024年底',
  '8、口袋公园建设，新建口袋公园40个，1,000万元，2024年10月',
  '9. 残疾人康复服务，新增康复点15个，300万元，2024年12月',
  '',
  '10、菜市场改造提升，改造农贸市场12家，1,500万元，2024年8月',
  '11. 充电桩建设\t新建公共充电桩2000个\t1,200万元\t2024年12月',
  '12、背街小巷改造，整治背街小巷60条，2,400万元，2024年11月',
  '13、社区食堂，新建社区食堂20家，约一千万元，2024年12月',
].join('\n');
const NAMES = [
  '城乡公交一体化提升工程',
  '老旧小区改造',
  '社区嵌入式养老服务中心',
  '中小学食堂改造',
  '城市停车设施建设',
  '婴幼儿托育服务',
  '农村饮用水提标',
  '口袋公园建设',
  '残疾人康复服务',
  '菜市场改造提升',
  '充电桩建设',
  '背街小巷改造',
];

async function openVotes(page: Page): Promise<void> {
  await viewTab(page, 'Votes').click();
  await expect(viewTab(page, 'Votes')).toHaveAttribute('aria-current', 'page');
  await expect(votesView(page)).toBeVisible();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(7);
}

async function openItem(page: Page, title: string): Promise<Locator> {
  await agenda(page)
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(title);
  return editor(page);
}

async function expectNotesKept(page: Page): Promise<void> {
  await openVotes(page);
  for (const note of NOTES) {
    const item = await openItem(page, note.title);
    await expect(item.getByRole('radio', { name: note.intention })).toBeChecked();
    await expect(item.getByRole('textbox', { name: 'Reasons' })).toHaveValue(note.reasons);
    await expect(item.getByTestId('paragraph-links').getByRole('button', { name: `Open ${note.citation} in the reader` })).toBeVisible();
  }
}

async function expectBallotKept(page: Page): Promise<void> {
  await openVotes(page);
  await openItem(page, BALLOT);
  await expect(ballot(page).getByRole('radio', { name: 'Choose at most M projects' })).toBeChecked();
  await expect(ballot(page).getByRole('spinbutton', { name: 'M (how many may be chosen)' })).toHaveValue('10');
  await expect(ballot(page).getByTestId('candidate-table').locator('tbody tr')).toHaveCount(12);
  await expect(ballot(page).getByTestId('ballot-count')).toHaveText('Chosen 10 of at most 10');
  await expect(ballot(page).getByTestId('ballot-verdict')).toHaveAttribute('data-verdict', 'valid');
  await expect(ballot(page).getByRole('checkbox', { name: `Choose ${NAMES[10]}` })).not.toBeChecked();
}

/** The three intentions with their reasons, each linking a report passage (one from the reader's selection). */
async function writeNotes(page: Page): Promise<void> {
  // Select a passage in the reader: the plan report's note will link it from there.
  await dragSelect(page, paragraph(page, 'II.1 ¶2'), 'an innovation system for the whole city');
  await expect(page.getByRole('button', { name: 'Annotate', exact: true }).first()).toBeVisible();

  await openVotes(page);
  await expect(agenda(page)).toContainText(GWR);
  await expect(agenda(page)).toContainText(BALLOT);

  for (const note of NOTES) {
    const item = await openItem(page, note.title);
    await item.getByRole('radio', { name: note.intention }).check();
    await item.getByRole('textbox', { name: 'Reasons' }).fill(note.reasons);
    await expect(item.getByTestId('vote-save-status')).toHaveText('Saved');
    if (note.title === PLAN) {
      await item.getByRole('button', { name: `Link ${note.citation} (your selection in the reader)` }).click();
    } else {
      await item.getByRole('button', { name: 'Link a passage…' }).click();
      const picker = page.getByTestId('paragraph-picker');
      await picker.getByRole('searchbox', { name: 'Filter by words or citation' }).fill(note.citation);
      await picker.locator(`button[data-citation="${note.citation}"]`).click();
      await expect(picker.locator(`button[data-citation="${note.citation}"]`)).toHaveAttribute('aria-pressed', 'true');
      await picker.getByRole('button', { name: 'Done' }).click();
      await expect(picker).toHaveCount(0);
    }
    await expect(item.getByTestId('paragraph-links').getByRole('button', { name: `Open ${note.citation} in the reader` })).toBeVisible();
    await expect(agenda(page).locator('[aria-current="true"]')).toContainText(note.intention);
  }
}

/** The pasted list with its two lines corrected: 12 candidates. */
async function pasteCandidates(page: Page): Promise<void> {
  await openItem(page, BALLOT);
  await ballot(page).getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByTestId('paste-candidates-dialog');
  await paste
    .getByRole('textbox', { name: 'The list, one project a line' })
    .fill(PASTED.replace('6\t婴幼儿托育服务', '6. 婴幼儿托育服务').replace('\n13、社区食堂，新建社区食堂20家，约一千万元，2024年12月', ''));
  await paste.getByRole('button', { name: 'Add 12 candidates' }).click();
  await expect(paste).toHaveCount(0);
  await expect(ballot(page).getByTestId('candidate-table').locator('tbody tr')).toHaveCount(12);
}

/** The 12 candidates, "choose at most 10", the first ten chosen: a valid ballot. */
async function fillBallot(page: Page): Promise<void> {
  await pasteCandidates(page);
  await ballot(page).getByRole('radio', { name: 'Choose at most M projects' }).check();
  for (const name of NAMES.slice(0, 10))
    await ballot(page)
      .getByRole('checkbox', { name: `Choose ${name}` })
      .check();
  await expect(ballot(page).getByTestId('ballot-count')).toHaveText('Chosen 10 of at most 10');
}

test('voting notes: intentions with reasons and linked passages, kept across a reload and a restart', async ({ page, desk }) => {
  await desk.open(page);
  await writeNotes(page);
  await page.reload();
  await expect(page.getByRole('main')).toBeVisible();
  await expectNotesKept(page);
  await desk.restart();
  await desk.open(page);
  await expectNotesKept(page);
});

test('a pasted list of livelihood projects: a line corrected in place, the line still to correct kept, every candidate in the table', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await openVotes(page);

  // The livelihood ballot: paste 12 candidates (one line corrected in the dialog, one left to correct).
  await openItem(page, BALLOT);
  await expect(ballot(page).getByTestId('ballot-verdict')).toContainText('Not complete yet');
  await ballot(page).getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByTestId('paste-candidates-dialog');
  await paste.getByRole('textbox', { name: 'The list, one project a line' }).fill(PASTED);
  await expect(paste.getByTestId('paste-summary')).toHaveText('Read 11 candidates; 2 lines need correcting.');
  const unparsed = paste.getByTestId('paste-unparsed');
  await expect(unparsed).toContainText('Line 6: The project has no name.');
  await expect(unparsed).toContainText('Line 14: The investment “约一千万元” is not a number');
  await expectNoSeriousA11yViolations(page);
  const line6 = unparsed.getByRole('textbox', { name: /^Line 6:/ });
  await line6.fill('6. 婴幼儿托育服务\t新增托位1500个\t900万元\t2024年12月');
  await line6.press('Enter');
  await expect(paste.getByTestId('paste-summary')).toHaveText('Read 12 candidates; 1 lines need correcting.');
  await expect(paste.getByTestId('paste-preview').locator('tbody tr')).toHaveCount(12);
  await expect(paste.getByTestId('paste-preview').locator('tbody tr').first()).toContainText('1,200');
  await paste.getByRole('button', { name: 'Add 12 candidates' }).click();
  // Nothing is dropped: the line still to correct stays in the box.
  await expect(paste.getByTestId('paste-summary')).toContainText('12 candidates added. 1 lines still need correcting');
  await expect(paste.getByRole('textbox', { name: 'The list, one project a line' })).toHaveValue(
    '13、社区食堂，新建社区食堂20家，约一千万元，2024年12月',
  );
  await paste.getByRole('button', { name: 'Close' }).click();
  await expect(paste).toHaveCount(0);

  const table = ballot(page).getByTestId('candidate-table');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table.locator('tbody tr').nth(3)).toContainText('中小学食堂改造');
  await expect(table.locator('tbody tr').nth(3)).toContainText('1,500');
});

test('the livelihood ballot is checked against its rule, said plainly when invalid, and kept across a restart', async ({ page, desk }) => {
  await desk.open(page);
  await openVotes(page);
  await pasteCandidates(page);

  // "Choose at most 10", then choose 11: INVALID, said plainly; un-choose one: valid.
  await ballot(page).getByRole('radio', { name: 'Choose at most M projects' }).check();
  await expect(ballot(page).getByRole('spinbutton', { name: 'M (how many may be chosen)' })).toHaveValue('10');
  for (const name of NAMES.slice(0, 11))
    await ballot(page)
      .getByRole('checkbox', { name: `Choose ${name}` })
      .check();
  await expect(ballot(page).getByTestId('ballot-count')).toHaveText('Chosen 11 of at most 10');
  const verdict = ballot(page).getByTestId('ballot-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'invalid');
  await expect(ballot(page).getByRole('alert')).toContainText('INVALID BALLOT');
  await expect(ballot(page).getByRole('alert')).toContainText('11 projects chosen where at most 10 may be.');
  await expect(agenda(page).locator('[aria-current="true"]')).toContainText('invalid');
  await ballot(page).getByTestId('ballot-count').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/artifacts/ballot-invalid.png' });

  await ballot(page)
    .getByRole('checkbox', { name: `Choose ${NAMES[10]}` })
    .uncheck();
  await expect(ballot(page).getByTestId('ballot-count')).toHaveText('Chosen 10 of at most 10');
  await expect(verdict).toHaveAttribute('data-verdict', 'valid');
  await expect(verdict).toHaveText(/Valid ballot/);
  await expect(ballot(page).getByRole('alert')).toHaveText('');
  await expectNoSeriousA11yViolations(page);
  await votesView(page)
    .locator('.votes-detail')
    .evaluate((element) => element.scrollTo({ top: 0 }));
  await page.screenshot({ path: 'e2e/artifacts/votes.png' });

  // Kept across a reload, and across a restart of the app.
  await page.reload();
  await expect(page.getByRole('main')).toBeVisible();
  await expectBallotKept(page);
  await desk.restart();
  await desk.open(page);
  await expectBallotKept(page);
});

test('the summary counts the intentions, undecided first, prints the voting notes alone, and they export as DOCX', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  await writeNotes(page);
  await fillBallot(page);

  // The summary: counts, undecided first; printable.
  await votesView(page).getByRole('button', { name: 'Summary of intentions' }).click();
  const summary = page.getByTestId('votes-summary');
  await expect(summary.getByTestId('intention-counts')).toContainText('For1');
  // The ballot is not an undecided vote: its marks are its intention.
  await expect(summary.locator('[data-intention="undecided"] dd')).toHaveText('3');
  await expect(summary.locator('[data-intention="against"] dd')).toHaveText('1');
  const entries = summary.locator('.votes-summary-item');
  await expect(entries).toHaveCount(7);
  await expect(entries.first()).toContainText('Undecided');
  await expect(entries.nth(3)).toContainText('For');
  await expect(summary).toContainText(NOTES[0].reasons);
  await expect(summary.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'e2e/artifacts/votes-summary.png' });
  // On paper: the voting notes' sheet alone (measured in votes-print.spec.ts), not the app or the summary.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByTestId('votes-print-sheet')).toBeVisible();
  await expect(summary).toBeHidden();
  await expect(summary.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: 'e2e/artifacts/votes-summary-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Export the voting notes: each intention and its reasons are in the DOCX.
  const downloading = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Export voting notes' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath('voting-notes.docx');
  await download.saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;
  for (const note of NOTES) {
    expect(text).toContain(note.title);
    expect(text).toContain(note.reasons);
    expect(text).toContain(note.citation);
  }
  for (const word of ['For', 'Against', 'Abstain']) expect(text).toContain(word);
  expect(text).toContain(NAMES[0]);
  await expect(page.getByTestId('workspace-notice')).toContainText('Downloaded');
});

test('a linked paragraph is one click away, and the reader shows which vote notes cite a passage', async ({ page, desk }, testInfo) => {
  await desk.open(page);
  await openVotes(page);
  const item = await openItem(page, GWR);
  await item.getByRole('radio', { name: 'For' }).check();
  await item.getByRole('button', { name: 'Link a passage…' }).click();
  const picker = page.getByTestId('paragraph-picker');
  await picker.locator('button[data-citation="II.9 ¶2"]').click();
  await picker.getByRole('button', { name: 'Done' }).click();
  await openItem(page, BUDGET);
  await editor(page).getByRole('button', { name: 'Link a passage…' }).click();
  await picker.locator('button[data-citation="II.9 ¶2"]').click();
  await picker.getByRole('button', { name: 'Done' }).click();

  // One click: the reader, at that paragraph.
  await openItem(page, GWR);
  await editor(page).getByRole('button', { name: 'Open II.9 ¶2 in the reader' }).click();
  await expect(viewTab(page, 'Reader')).toHaveAttribute('aria-current', 'page');
  const target = paragraph(page, 'II.9 ¶2');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  // The passage says which vote notes cite it, and opens them.
  const cites = target.getByTestId('vote-cites');
  await expect(cites).toHaveText(/2 vote notes/);
  await expect(cites).toHaveAccessibleName('Cited in 2 vote notes: II.9 ¶2');
  await expect(target.locator('.para-text')).not.toContainText('vote notes');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath('reader-vote-cites.png') });
  await cites.click();
  const dialog = page.getByTestId('vote-cites-dialog');
  await expect(dialog.getByRole('button')).toHaveCount(3);
  await dialog.getByRole('button', { name: new RegExp(BUDGET) }).click();
  await expect(viewTab(page, 'Votes')).toHaveAttribute('aria-current', 'page');
  await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(BUDGET);

  // Removed with undo (Ctrl+Z outside text fields).
  await agenda(page)
    .getByRole('button', { name: `Remove from the agenda: ${BUDGET}` })
    .click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByTestId('workspace-notice')).toContainText('removed from the agenda');
  await page.keyboard.press('Control+z');
  await expect(agenda(page).getByRole('listitem')).toHaveCount(7);
  await expect(agenda(page).getByRole('listitem').nth(2)).toContainText(BUDGET);

  // Reordered by keyboard.
  await agenda(page)
    .getByRole('button', { name: `Move down: ${GWR}` })
    .focus();
  await page.keyboard.press('Enter');
  await expect(agenda(page).getByRole('listitem').nth(1)).toContainText(GWR);
  await expect(agenda(page).getByRole('button', { name: `Move down: ${GWR}` })).toBeFocused();
  await page.reload();
  await openVotes(page);
  await expect(agenda(page).getByRole('listitem').nth(0)).toContainText(PLAN);
  await expect(agenda(page).getByRole('listitem').nth(1)).toContainText(GWR);
});
