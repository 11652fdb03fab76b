import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/* Dates in the renderer go through app/date-format.ts: ESLint refuses the hand-made ones. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const FILE = 'src/renderer/features/drafts/fixture.ts';
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.calculateConfigForFile(FILE); // loads the config once
});

async function dateErrors(body: string): Promise<number> {
  const [result] = await eslint.lintText(`export const shown = (iso: string, n: number) => ${body};\n`, { filePath: FILE });
  return (result?.messages ?? []).filter((m) => m.message.includes('app/date-format.ts')).length;
}

describe('dates shown in the renderer', () => {
  it.each([
    "new Date(iso).toLocaleString('en', { dateStyle: 'medium' })",
    'new Date(iso).toLocaleDateString()',
    'new Date(iso).toLocaleTimeString()',
    "`${new Date(iso).getFullYear()}-${String(new Date(iso).getMonth() + 1).padStart(2, '0')}`",
  ])('refuses %s', async (body) => {
    expect(await dateErrors(body)).toBeGreaterThan(0);
  });

  it('accepts the helper and numbers in the UI language', async () => {
    expect(await dateErrors("formatDateTime(iso, 'en') + n.toLocaleString('en')")).toBe(0);
  });
});
