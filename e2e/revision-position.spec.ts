import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';
import { PROJECT_ROOT } from './web-host-process';

const REVISED = join(PROJECT_ROOT, 'e2e/fixtures/jiaxing-2024-revised.txt');

/** The text of the paragraph at the top of the reading pane (the first one not scrolled past). */
function topParagraphText(page: Page): Promise<string> {
  return page.locator('#report').evaluate((pane) => {
    const top = pane.getBoundingClientRect().top + 16;
    const first = [...pane.querySelectorAll<HTMLElement>('p[data-paragraph-id]')].find((p) => p.getBoundingClientRect().bottom > top);
    return first?.querySelector('.para-text')?.textContent ?? '';
  });
}

async function scrollToTop(page: Page, citation: string): Promise<string> {
  const paragraph = page.locator(`p[data-citation="${citation}"]`);
  await paragraph.evaluate((p) => p.scrollIntoView({ block: 'start', behavior: 'instant' }));
  const text = (await paragraph.locator('.para-text').textContent()) ?? '';
  await expect.poll(() => topParagraphText(page)).toBe(text);
  return text;
}

async function importRevision(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Document' }).click();
  await page.getByTestId('revision-file').setInputFiles(REVISED);
  await expect(page.getByTestId('workspace-notice')).toContainText(/version 2/i);
}

test('importing a revised version keeps the reader on the same paragraph, also when an orphan opens the annotations panel', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // An annotation on the passage the revision deletes: the import opens the panel to show the orphan.
  await dragSelect(page, page.locator('p[data-citation="II.1 ¶4"]'), 'stimulate the vitality of innovation entities');
  await page.locator('.selection-button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const text = await scrollToTop(page, 'II.5 ¶2');
  await importRevision(page);
  await expect(page.getByRole('main')).toContainText('two provincial laboratories');
  await expect(page.getByTestId('annotations-panel')).toBeVisible();
  await expect.poll(() => topParagraphText(page)).toBe(text);
});

test('when the paragraph at the top is gone from the revised version, the reader stays at the nearest one that survived', async ({
  page,
  desk,
}) => {
  await desk.open(page);
  // II.1 ¶4 is deleted by the revision; II.1 ¶5 follows it unchanged.
  await scrollToTop(page, 'II.1 ¶4');
  const next = (await page.locator('p[data-citation="II.1 ¶5"] .para-text').textContent()) ?? '';
  await importRevision(page);
  await expect(page.getByRole('main')).toContainText('two provincial laboratories');
  await expect.poll(() => topParagraphText(page)).toBe(next);
});
