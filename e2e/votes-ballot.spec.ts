import mammoth from 'mammoth';
import { expect, test } from './fixtures';
import { openVoteItem } from './fixtures/vote-items';
import { viewTab } from './fixtures/views';

const BALLOT = 'Ballot on the livelihood projects';
const GWR = 'Resolution on the government work report';
const PROJECTS = ['城乡公交一体化提升工程', '老旧小区改造', '口袋公园建设', '充电桩建设'];

test('the livelihood ballot asks no "for / against" intention, and the summary and the voting-notes DOCX list the projects chosen', async ({
  page,
  desk,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await desk.open(page);
  await viewTab(page, 'Votes').click();

  // A resolution asks how you intend to vote; the ballot does not (its marks are the intention).
  const resolution = await openVoteItem(page, GWR);
  await expect(resolution.getByRole('group', { name: 'How you intend to vote' })).toBeVisible();
  await resolution.getByRole('radio', { name: 'For' }).check();
  const ballotItem = await openVoteItem(page, BALLOT);
  await expect(ballotItem.getByTestId('ballot')).toBeVisible();
  await expect(ballotItem.getByRole('group', { name: 'How you intend to vote' })).toHaveCount(0);
  await expect(ballotItem.getByRole('radio', { name: 'Against' })).toHaveCount(0);

  // Four candidates, choose at most 2, tick two.
  const ballot = ballotItem.getByTestId('ballot');
  await ballot.getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByTestId('paste-candidates-dialog');
  await paste
    .getByRole('textbox', { name: 'The list, one project a line' })
    .fill(PROJECTS.map((name, i) => `${i + 1}. ${name}\t${100 * (i + 1)}万元`).join('\n'));
  await paste.getByRole('button', { name: 'Add 4 candidates' }).click();
  await expect(paste).toHaveCount(0);
  await ballot.getByRole('radio', { name: 'Choose at most M projects' }).check();
  await ballot.getByRole('spinbutton', { name: 'M (how many may be chosen)' }).fill('2');
  await ballot.getByRole('spinbutton', { name: 'M (how many may be chosen)' }).press('Enter');
  await ballot.getByRole('checkbox', { name: `Choose ${PROJECTS[1]}` }).check();
  await ballot.getByRole('checkbox', { name: `Choose ${PROJECTS[2]}` }).check();
  await expect(ballot.getByTestId('ballot-count')).toHaveText('Chosen 2 of at most 2');
  // The agenda shows the ballot as a ballot, not as "Undecided".
  const agendaEntry = page.getByTestId('vote-agenda').locator('[aria-current="true"]');
  await expect(agendaEntry).toContainText('Ballot');
  await expect(agendaEntry).not.toContainText('Undecided');

  // The summary names the projects chosen, and does not count the ballot as an undecided vote.
  await page.getByTestId('votes-view').getByRole('button', { name: 'Summary of intentions' }).click();
  const summary = page.getByTestId('votes-summary');
  await expect(summary.getByTestId('ballot-choices')).toHaveText(`Projects chosen: ${PROJECTS[1]}; ${PROJECTS[2]}`);
  await expect(summary.locator('[data-intention="undecided"] dd')).toHaveText('5');
  await expect(summary.locator('[data-intention="for"] dd')).toHaveText('1');
  await page.screenshot({ path: testInfo.outputPath('votes-summary-ballot.png') });

  // The voting notes, read back from the DOCX: the chosen projects, and no intention line under the ballot.
  const downloading = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Export voting notes' }).click();
  const path = testInfo.outputPath('voting-notes.docx');
  await (await downloading).saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;
  expect(text).toContain(`Projects chosen: ${PROJECTS[1]}; ${PROJECTS[2]}`);
  const ballotPart = text.slice(text.indexOf(BALLOT));
  expect(ballotPart).not.toContain('Intention:');
  expect(text.slice(text.indexOf(GWR), text.indexOf(BALLOT))).toContain('Intention: For');
  expect(text).toContain('7 items: 1 for, 0 against, 0 abstain, 5 undecided, 1 ballot.');

  // In Chinese too.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(summary.getByTestId('ballot-choices')).toHaveText(`选择的项目：${PROJECTS[1]}、${PROJECTS[2]}`);
  await page.screenshot({ path: testInfo.outputPath('votes-summary-ballot-zh.png') });
});
