import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Drags over the last word of the first line of a paragraph: the selection ends at the pane's right edge. */
async function selectLineEnd(page: Page, paragraph: Locator): Promise<void> {
  // Its first line a little below the pane's top (a long paragraph in a narrow column is taller than the pane).
  await paragraph.evaluate((element) => {
    element.scrollIntoView({ block: 'start', behavior: 'instant' });
    element.closest('#report')!.scrollTop -= 120;
  });
  const points = await paragraph.evaluate((element) => {
    // A press on text already selected would drag it instead of selecting anew.
    window.getSelection()?.removeAllRanges();
    const node = element.querySelector('.para-text')!.firstChild as Text;
    const rectOf = (i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0]!;
    };
    const lineTop = rectOf(0).top;
    let last = 0;
    for (let i = 0; i < node.length && rectOf(i).top === lineTop; i++) if (node.data[i] !== ' ') last = i;
    let first = last;
    while (first > 0 && node.data[first - 1] !== ' ') first--;
    const a = rectOf(first);
    const b = rectOf(last);
    return { x1: a.left + 1, y: a.top + a.height / 2, x2: b.right - 1 };
  });
  await page.mouse.move(points.x1, points.y);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y, { steps: 5 });
  await page.mouse.up();
}

async function expectOnScreen(page: Page, popup: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  const pane = (await page.locator('#report').boundingBox())!;
  for (const part of await popup.all()) {
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(Math.max(0, pane.x));
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(viewport.width, pane.x + pane.width));
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`at 1024×768 (${language}) the pop-up by a selection at the right edge stays whole inside the window`, async ({ page, desk }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await desk.open(page);
    if (language === 'zh-CN') await page.getByRole('button', { name: '中文' }).click();
    const paragraph = page.locator('p[data-citation="II.1 ¶3"]');
    await selectLineEnd(page, paragraph);
    const annotate = page.locator('.selection-button');
    const drafts = page.locator('.selection-draft-actions .selection-draft-button');
    await expect(annotate).toBeVisible();
    await expect(drafts).toHaveCount(2);
    await expectOnScreen(page, page.locator('.selection-popup button'));
    await page.screenshot({ path: `e2e/artifacts/selection-popup-1024-${language}.png` });

    // With the annotations panel open the reading column is narrower: still whole.
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByTestId('annotations-panel')).toBeVisible();
    await selectLineEnd(page, paragraph);
    await expect(drafts).toHaveCount(2);
    await expectOnScreen(page, page.locator('.selection-popup button'));

    // A selection on the last line of the pane: the pop-up opens above it instead of under the window's edge.
    await paragraph.evaluate((element) => {
      const pane = element.closest('#report')!;
      pane.scrollTop += element.getBoundingClientRect().top - pane.getBoundingClientRect().bottom + 30;
    });
    await selectLineEnd(page, paragraph);
    await expect(drafts).toHaveCount(2);
    await expectOnScreen(page, page.locator('.selection-popup button'));
  });
}
