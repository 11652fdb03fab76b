import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './fixtures/select-text';

const paragraph = (page: Page, citation: string) => page.locator(`p[data-citation="${citation}"]`);

async function annotate(page: Page, citation: string, phrase: string, note: string): Promise<void> {
  await dragSelect(page, paragraph(page, citation), phrase);
  await page.getByRole('button', { name: 'Annotate', exact: true }).first().click();
  const box = page.getByRole('dialog');
  await box.getByRole('textbox', { name: 'Note' }).fill(note);
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);
}

test('two annotations exported as deliberation notes: quotes and notes under their part and item headings', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  await annotate(page, 'II.1 ¶3', 'top-end sci-tech innovation platforms', 'Which platforms, and what budget?');
  await annotate(page, 'I.1 ¶1', 'Newly established market entities totaled 116,000', 'How many survived the year?');

  await page.keyboard.press('Control+Shift+L');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('annotations-panel').getByRole('button', { name: 'Export deliberation notes' }).click();
  const download = await downloading;
  const path = testInfo.outputPath('notes.docx');
  await download.saveAs(path);
  const text = (await mammoth.extractRawText({ path })).value;
  await expect(page.getByTestId('workspace-notice')).toContainText('downloaded');

  const at = (needle: string) => {
    const index = text.indexOf(needle);
    expect(index, `"${needle}" in the notes`).toBeGreaterThanOrEqual(0);
    return index;
  };
  for (const needle of [
    'top-end sci-tech innovation platforms',
    'Which platforms, and what budget?',
    'Newly established market entities totaled 116,000',
    'How many survived the year?',
  ])
    at(needle);
  // Each annotation follows the headings of its part and item.
  const partOne = at(await sectionHeading(page, 'I.1 ¶1', 'part'));
  const itemOne = at(await sectionHeading(page, 'I.1 ¶1', 'item'));
  const firstQuote = at('Newly established market entities totaled 116,000');
  expect(partOne).toBeLessThan(itemOne);
  expect(itemOne).toBeLessThan(firstQuote);
  const partTwo = text.indexOf(await sectionHeading(page, 'II.1 ¶3', 'part'), firstQuote);
  const itemTwo = text.indexOf(await sectionHeading(page, 'II.1 ¶3', 'item'), partTwo);
  expect(partTwo).toBeGreaterThan(firstQuote);
  expect(itemTwo).toBeGreaterThan(partTwo);
  expect(text.indexOf('top-end sci-tech innovation platforms', itemTwo)).toBeGreaterThan(itemTwo);
});

/** The heading text (without its number) of the part or item a paragraph is in, as the reader shows it. */
async function sectionHeading(page: Page, citation: string, level: 'part' | 'item'): Promise<string> {
  return paragraph(page, citation).evaluate((p, which) => {
    const sections: Element[] = [];
    for (let s = p.closest('section'); s; s = s.parentElement?.closest('section') ?? null) sections.unshift(s);
    const section = which === 'part' ? sections[0] : sections[1];
    const heading = section?.querySelector(':scope > .section-heading, :scope > header .section-heading');
    const label = heading?.querySelector('.section-label')?.textContent ?? '';
    return (heading?.textContent ?? '').replace(label, '').trim().slice(0, 30);
  }, level);
}
