import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TITLE = 'Report on the Work of the Jiaxing Municipal Government (2024)';

/** A mouse drag from the start of `from` in one paragraph to the end of `to` in another. */
async function dragAcross(page: Page, fromCitation: string, from: string, toCitation: string, to: string): Promise<void> {
  await page
    .locator(`p[data-citation="${fromCitation}"]`)
    .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.locator('#report').evaluate((pane) => {
    pane.scrollTop -= 60;
    // A press on text already selected would drag it instead of selecting anew.
    window.getSelection()?.removeAllRanges();
  });
  const point = (citation: string, phrase: string, end: boolean) =>
    page.locator(`p[data-citation="${citation}"] .para-text`).evaluate(
      (element, [text, atEnd]) => {
        const node = element.firstChild as Text;
        const at = node.data.indexOf(text as string) + (atEnd ? (text as string).length - 1 : 0);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getClientRects()[0]!;
        return { x: atEnd ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      },
      [phrase, end] as const,
    );
  const a = await point(fromCitation, from, false);
  const b = await point(toCitation, to, true);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

test('copying two paragraphs gives the report text only; "Copy with citation" adds the citation and the title', async ({
  page,
  desk,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await desk.open(page);
  await dragAcross(page, 'II.1 ¶2', 'We will', 'II.1 ¶3', 'sci-tech innovation platforms.');
  await expect(page.locator('.selection-button')).toBeVisible();

  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toMatch(/II\.1 ¶/);
  expect(copied.startsWith('We will')).toBe(true);
  expect(copied).toContain('attractive to innovators.\n\nWe will work hard to build top-end sci-tech innovation platforms.');

  await page.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.getByTestId('workspace-notice')).toContainText('Copied with its citation');
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  expect(cited).toBe(`${copied} — II.1 ¶2–¶3, ${TITLE}`);

  // In Chinese the command and the citation read in Chinese punctuation.
  await page.getByRole('button', { name: '中文' }).click();
  await dragAcross(page, 'II.1 ¶3', 'We will work', 'II.1 ¶3', 'platforms.');
  await page.getByRole('button', { name: '复制并注明出处' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `We will work hard to build top-end sci-tech innovation platforms.——II.1 ¶3，《${TITLE}》`,
  );
});
