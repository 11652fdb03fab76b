import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const KINDS = [
  { kind: 'question', label: 'Question' },
  { kind: 'support', label: 'Support' },
  { kind: 'concern', label: 'Concern' },
  { kind: 'verify', label: 'Verify figure' },
] as const;

async function annotateParagraph(page: Page, index: number, kindLabel: string): Promise<void> {
  await page.locator('#report').focus();
  for (let i = 0; i <= index; i++) await page.keyboard.press('j');
  await expect(page.locator('p[data-paragraph-id]').nth(index)).toBeFocused();
  await page.keyboard.press('Control+Shift+A');
  const box = page.getByRole('dialog');
  await box.getByRole('radio', { name: kindLabel }).check();
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(box).toHaveCount(0);
}

test('a concern is not drawn as a spelling error (no wavy underline), and the four kinds differ in line style, not only in colour', async ({
  page,
  desk,
}, testInfo) => {
  await desk.open(page);
  for (const [index, { label }] of KINDS.entries()) await annotateParagraph(page, index, label);

  const looks = new Map<string, string>();
  for (const [index, { kind }] of KINDS.entries()) {
    const mark = page.locator('p[data-paragraph-id]').nth(index).locator('mark.hl');
    await expect(mark).toHaveAttribute('data-kind', kind);
    const style = await mark.evaluate((element) => {
      const s = getComputedStyle(element);
      return { line: s.textDecorationLine, decoration: s.textDecorationStyle, border: s.borderTopStyle, borderWidth: s.borderTopWidth };
    });
    const underline = style.line.includes('underline') ? style.decoration : 'none';
    // What a reader without colour sees: the underline's style and the frame's style.
    looks.set(kind, `underline:${underline} frame:${style.borderWidth === '0px' ? 'none' : style.border}`);
  }
  // Word processors and browsers mark spelling and grammar errors with wavy underlines.
  expect(looks.get('concern')).not.toContain('wavy');
  expect(new Set(looks.values()).size, [...looks].join(', ')).toBe(KINDS.length);
  await page.locator('p[data-paragraph-id]').nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('highlight-kinds.png') });
});
