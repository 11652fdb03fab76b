import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EN_V1, EN_V2 } from '../src/shared/compare/compare-fixtures-test-support';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { annotate } from './fixtures/annotate';
import { dragSelect } from './fixtures/select-text';

const TITLE = 'Report on the Work of the Lanxi County Government';
const FUZZY = 'reached 95% of the provincial target';
const ORPHAN = 'The old bus depot on East Road was closed';
const MOVED = 'stayed open until nine in the evening';
const REATTACH_TO = 'A new fund of two billion yuan';

async function importDocument(page: Page, path: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
  await page.getByTestId('library-file').setInputFiles(path);
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByLabel('Title')).toHaveValue(TITLE);
  await preview.getByRole('button', { name: 'Save to the library' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('button', { name: `Open “${TITLE}” in the reader` }).click();
  await expect(page.locator('.document-title')).toHaveText(TITLE);
}

/** A document with three annotations, then its revision (one changed figure, one deleted, one moved, one added paragraph), compared. */
async function compareRevised(page: Page, desk: { open(page: Page): Promise<void> }, { moved = true } = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'deputy-desk-compare-'));
  await writeFile(join(folder, 'lanxi-v1.txt'), EN_V1);
  await writeFile(join(folder, 'lanxi-v2.txt'), EN_V2);
  await desk.open(page);
  await importDocument(page, join(folder, 'lanxi-v1.txt'));
  await annotate(page, 'I.1 ¶2', FUZZY, 'Check the grain figure');
  await annotate(page, 'I.2 ¶2', ORPHAN, 'What replaces the depot?');
  if (moved) await annotate(page, 'I.2 ¶3', MOVED, 'Weekends too?');
  await page.getByTestId('revision-file').setInputFiles(join(folder, 'lanxi-v2.txt'));
  await expect(page.getByTestId('workspace-notice')).toContainText(/version 2/i);
  await page.getByRole('button', { name: 'Document' }).click();
  await page.getByRole('button', { name: 'Compare versions…' }).click();
  const view = page.getByTestId('compare-view');
  await expect(view.getByTestId('compare-summary')).toHaveText('1 changed, 1 moved, 1 deleted, 1 added paragraphs');
  return view;
}

/** The revision compared with nothing moved: its review queue, which asks about the changed and the orphaned annotation. */
async function reviewQueueOfRevised(page: Page, desk: { open(page: Page): Promise<void> }) {
  const view = await compareRevised(page, desk, { moved: false });
  const queue = view.getByTestId('review-queue');
  await expect(queue.getByRole('heading')).toHaveText('To review (2)');
  return { view, queue };
}

test('comparing two versions lists the changed paragraphs by citation and says what became of each annotation', async ({ page, desk }) => {
  const view = await compareRevised(page, desk);
  const changes = view.getByTestId('change-list').locator('.cmp-change-line');
  await expect(changes).toHaveText([
    'I.1 ¶2: 95% → 96%',
    /^I\.2 ¶2: deleted “The old bus depot/,
    /^II\.1 ¶2: added “A new fund of two billion yuan/,
    'II.2 ¶2: moved from I.2 ¶3',
  ]);
  // Words marked in both columns: the old figure deleted, the new one inserted.
  const changedRow = view.locator('.cmp-row[data-kind="changed"]');
  await expect(changedRow.locator('del')).toHaveText('95');
  await expect(changedRow.locator('ins')).toHaveText('96');
  await expect(view.locator('.cmp-row[data-kind="removed"] del')).toContainText('The old bus depot');

  const fates = view.getByTestId('annotation-fates');
  const fate = (quote: string) => fates.locator('.cmp-fate').filter({ hasText: quote });
  await expect(fates.locator('.cmp-fate[data-fate="changed"]')).toContainText('was I.1 ¶2 in version 1');
  await expect(fates.locator('.cmp-fate[data-fate="changed"]').getByTestId('old-words')).toHaveText(FUZZY);
  await expect(fates.locator('.cmp-fate[data-fate="changed"]').getByTestId('new-words')).toHaveText('reached 96% of the provincial target');
  await expect(fate(ORPHAN)).toHaveAttribute('data-fate', 'orphaned');
  await expect(fate(ORPHAN)).toContainText('was I.2 ¶2 in version 1');
  await expect(fate(MOVED)).toHaveAttribute('data-fate', 'moved');
  await expect(fate(MOVED)).toContainText('was I.2 ¶3 in version 1 · now II.2 ¶2 in version 2');
  await page.screenshot({ path: 'test-results/compare-side-by-side.png' });

  // Only the changed paragraphs, then inline.
  const rows = view.getByTestId('comparison-rows').locator('.cmp-row:not(.cmp-row--head)');
  await expect(rows).toHaveCount(9);
  await view.getByLabel('Only changed paragraphs').check();
  await expect(rows).toHaveCount(4);
  await view.getByLabel('Inline').check();
  await expect(view.locator('.cmp-row[data-kind="changed"] del')).toHaveText('95');
  await expect(view.locator('.cmp-row[data-kind="changed"] ins')).toHaveText('96');
  await page.screenshot({ path: 'test-results/compare-inline.png' });

  // The view in Chinese.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(view.getByTestId('compare-summary')).toHaveText('改动 1 段，移动 1 段，删除 1 段，新增 1 段');
  await expect(view.getByTestId('annotation-fates').locator('.cmp-fate[data-fate="orphaned"]')).toContainText('原在第1版 I.2 ¶2');
  await page.screenshot({ path: 'test-results/compare-zh.png' });
});

test('the review queue accepts a fuzzy placement and re-attaches an orphan to a selection; the store file keeps both', async ({
  page,
  desk,
}) => {
  const { view, queue } = await reviewQueueOfRevised(page, desk);
  await expect(queue.locator('.cmp-fate')).toHaveAttribute('data-fate', 'changed');
  await queue.getByRole('button', { name: 'Accept new placement' }).click();
  await expect(queue.getByRole('status')).toHaveText('The new placement was accepted.');
  await expect(queue.getByRole('heading')).toHaveText('To review (1)');
  await expect(queue.locator('.cmp-fate')).toHaveAttribute('data-fate', 'orphaned');

  // Pressing Re-attach with nothing selected says what to do.
  await queue.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(queue.getByRole('alert')).toHaveText('Select the words in the version 2 column (side by side) first.');
  const added = view.locator('.cmp-row[data-kind="added"] p[data-paragraph-id]');
  await dragSelect(page, added, REATTACH_TO);
  await queue.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(queue).toContainText('Nothing to review');
  await expect(view.getByTestId('annotation-fates').locator('.cmp-fate').filter({ hasText: REATTACH_TO })).toHaveAttribute(
    'data-fate',
    'new',
  );
  await page.screenshot({ path: 'test-results/compare-reviewed.png' });

  await expect
    .poll(async () => {
      const stored = JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')) as {
        annotations: { note: string; status: string; target: { quote: { exact: string } } }[];
      };
      return stored.annotations.map((a) => [a.note, a.status, a.target.quote.exact]);
    })
    .toEqual([
      ['Check the grain figure', 'exact', 'reached 96% of the provincial target'],
      ['What replaces the depot?', 'exact', REATTACH_TO],
    ]);
});

test('“Keep as orphan” is stored: after a reload the queue does not ask again, the card says it was kept, and it can be undone', async ({
  page,
  desk,
}) => {
  const { view, queue } = await reviewQueueOfRevised(page, desk);
  await queue.getByRole('button', { name: 'Next ›' }).click();
  await expect(queue.locator('.cmp-fate')).toHaveAttribute('data-fate', 'orphaned');
  await queue.getByRole('button', { name: 'Keep as orphan' }).click();
  await expect(queue.getByRole('status')).toHaveText('Kept as an orphan; it stays listed with its words.');
  await expect(queue.getByRole('heading')).toHaveText('To review (1)');

  await page.reload();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
  await expect(view.getByTestId('compare-summary')).toHaveText('1 changed, 1 moved, 1 deleted, 1 added paragraphs');
  await expect(queue.getByRole('heading')).toHaveText('To review (1)');
  await expect(queue.locator('.cmp-fate')).toHaveAttribute('data-fate', 'changed');
  const orphan = view.getByTestId('annotation-fates').locator('.cmp-fate').filter({ hasText: ORPHAN });
  await expect(orphan.getByTestId('kept-badge')).toHaveText('Kept as orphan');
  await page.screenshot({ path: test.info().outputPath('compare-kept-orphan.png') });

  // Undone: back in the queue, and so in the store file.
  await orphan.getByRole('button', { name: 'Review it again' }).click();
  await expect(queue.getByRole('heading')).toHaveText('To review (2)');
  await expect(orphan.getByTestId('kept-badge')).toHaveCount(0);
  await expect
    .poll(async () => {
      const stored = JSON.parse(await readFile(join(desk.dataFolder, 'deputy-desk.json'), 'utf8')) as {
        annotations: { note: string; orphanKept?: unknown }[];
      };
      return stored.annotations.map((a) => [a.note, 'orphanKept' in a ? a.orphanKept : 'none']);
    })
    .toEqual([
      ['Check the grain figure', 'none'],
      ['What replaces the depot?', null],
    ]);
});

test('the comparison view, with its review queue, has no serious accessibility violations', async ({ page, desk }) => {
  const view = await compareRevised(page, desk, { moved: false });
  await expect(view.getByTestId('review-queue').getByRole('heading')).toHaveText('To review (2)');
  await expectNoSeriousA11yViolations(page);
});
