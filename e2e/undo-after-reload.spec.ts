import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { viewTab } from './fixtures/views';

/*
 * What a deputy expects: undo belongs to the app, not to the page. A reload (or the window reloading
 * itself) does not show the "… removed. Undo" notice again — it was a passing notice — but Ctrl+Z
 * still takes back the last removal, as it did before the reload. Once the app is restarted, the
 * undo history starts afresh, as in any desktop program: older removals are no longer undone by Ctrl+Z.
 */

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);
const notice = (page: Page) => page.getByTestId('workspace-notice');
const agenda = (page: Page) => page.getByTestId('vote-agenda');
const QUOTE = 'top-end sci-tech innovation platforms';
const GWR = 'Resolution on the government work report';
const BUDGET = 'Resolution on the budget report';

test('an annotation deleted before a reload comes back with Ctrl+Z after it', async ({ page, desk }) => {
  await desk.open(page);
  await dragSelect(page, paragraph(page, 'II.1 ¶3'), QUOTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Note' }).fill('需要说明平台的经费来源');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  const mark = paragraph(page, 'II.1 ¶3').locator('mark.hl');
  await expect(mark).toHaveText(QUOTE);

  await mark.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(mark).toHaveCount(0);
  await expect(notice(page)).toContainText('Annotation deleted.');

  await page.reload();
  await expect(page.getByRole('main')).toContainText('Report on the Work of the Government');
  await expect(mark).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
  await page.locator('#report').focus();
  await page.keyboard.press('Control+z');
  await expect(mark).toHaveText(QUOTE);
  await expect(notice(page)).toContainText('Annotation restored.');
  await mark.hover();
  await expect(page.getByRole('tooltip')).toContainText('需要说明平台的经费来源');
});

test('an agenda item removed before a reload comes back with Ctrl+Z after it; after a restart, earlier removals stay removed', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  await viewTab(page, 'Votes').click();
  const items = agenda(page).getByRole('listitem');
  await expect(items).toHaveCount(7);
  await agenda(page)
    .getByRole('button', { name: `Remove from the agenda: ${BUDGET}` })
    .click();
  await expect(items).toHaveCount(6);

  await page.reload();
  await expect(items).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(7);
  await expect(items.nth(2)).toContainText(BUDGET);
  await expect(notice(page)).toContainText(`“${BUDGET}” is back on the agenda.`);

  // Removed, then the app restarts: Ctrl+Z no longer reaches that removal, only the ones made since.
  await agenda(page)
    .getByRole('button', { name: `Remove from the agenda: ${GWR}` })
    .click();
  await expect(items).toHaveCount(6);
  // The page leaves first, so that nothing of it is still asking the host that stops.
  await page.goto('about:blank');
  await desk.restart();
  await desk.open(page);
  await viewTab(page, 'Votes').click();
  await expect(items).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await agenda(page)
    .getByRole('button', { name: `Remove from the agenda: ${BUDGET}` })
    .click();
  await expect(items).toHaveCount(5);
  await page.reload();
  await expect(items).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(6);
  await expect(agenda(page)).toContainText(BUDGET);
  await expect(agenda(page)).not.toContainText(GWR);
});

test('a ballot candidate removed comes back with the notice’s Undo, and with Ctrl+Z after a reload', async ({ page, desk }) => {
  const projects = ['城乡公交一体化提升工程', '老旧小区改造', '口袋公园建设'];
  await desk.open(page);
  await viewTab(page, 'Votes').click();
  await agenda(page)
    .getByRole('button', { name: /^\d+\. Ballot on the livelihood projects/ })
    .click();
  const ballot = page.getByTestId('ballot');
  await ballot.getByRole('button', { name: 'Paste a list…' }).click();
  const paste = page.getByTestId('paste-candidates-dialog');
  await paste
    .getByRole('textbox', { name: 'The list, one project a line' })
    .fill(projects.map((name, i) => `${i + 1}. ${name}\t${100 * (i + 1)}万元`).join('\n'));
  await paste.getByRole('button', { name: 'Add 3 candidates' }).click();
  const removeButtons = ballot.getByRole('button', { name: /^Remove / });
  await expect(removeButtons).toHaveCount(3);

  await ballot.getByRole('button', { name: `Remove ${projects[1]}` }).click();
  await expect(removeButtons).toHaveCount(2);
  await expect(notice(page)).toContainText(`Candidate “${projects[1]}” removed.`);
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(removeButtons).toHaveCount(3);
  await expect(notice(page)).toContainText(`Candidate “${projects[1]}” is back on the ballot.`);

  await ballot.getByRole('button', { name: `Remove ${projects[2]}` }).click();
  await expect(removeButtons).toHaveCount(2);
  await page.reload();
  await agenda(page)
    .getByRole('button', { name: /^\d+\. Ballot on the livelihood projects/ })
    .click();
  await expect(removeButtons).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(removeButtons).toHaveCount(3);
  await expect(ballot.getByRole('button', { name: `Remove ${projects[2]}` })).toBeVisible();
  await expect(notice(page)).toContainText(`Candidate “${projects[2]}” is back on the ballot.`);
});
