import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const fixtures = join(root, 'src/shared/targets/fixtures');
const bundled = join(root, 'resources/reports/jiaxing-2024-government-work-report.en.txt');

function run(cli: string, ...args: string[]) {
  return spawnSync(tsx, [join(root, 'src/main/cli', cli), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

/** A Word file made by LibreOffice from a text fixture, as a deputy would receive it. */
function asDocx(textFile: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'targets-cli-'));
  const source = join(folder, 'report.txt');
  copyFileSync(textFile, source);
  const converted = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${folder}/lo-profile`,
      '--headless',
      '--infilter=Text (encoded):UTF8,LF,,,',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      folder,
      source,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const docx = join(folder, 'report.docx');
  if (!existsSync(docx)) throw new Error(`LibreOffice made no .docx: ${converted.stderr}`);
  return docx;
}

// Each run starts tsx and a capped worker (LibreOffice too for the .docx): seconds on a loaded machine. A cap, not a wait.
describe('figures and targets CLIs', { timeout: 240_000 }, () => {
  it('npm run figures prints every figure with citation, kind, value, unit and whether it is a target', () => {
    const result = run('figures.ts', bundled);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout) as {
      citation: string;
      text: string;
      kind: string;
      value: number;
      unit: string;
      temporal: string;
      sentence: string;
    }[];
    expect(figures).toContainEqual(
      expect.objectContaining({ text: 'around 6%', kind: 'percentage', value: 6, unit: '%', temporal: 'target' }),
    );
    expect(figures).toContainEqual(
      expect.objectContaining({ text: '146,000 new urban jobs', kind: 'count', value: 146_000, temporal: 'result' }),
    );
    expect(Object.keys(figures[0]!).sort()).toEqual(['citation', 'kind', 'sentence', 'temporal', 'text', 'unit', 'value']);
  });

  it('npm run targets pairs a Word last-year report with a text this-year report, in Chinese', () => {
    const result = run('targets.ts', asDocx(join(fixtures, 'work-report-2023.zh.txt')), join(fixtures, 'work-report-2024.zh.txt'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as {
      indicator: string | null;
      target: { text: string; bound: string };
      result: { text: string } | null;
      verdict: string;
    }[];
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.indicator === 'industrialAddedValue')).toMatchObject({
      target: { text: '6.5%以上', bound: 'at least' },
      result: { text: '5.1%' },
      verdict: 'missed',
    });
    expect(rows.filter((r) => r.verdict === 'not reported')).toHaveLength(3);
  });

  it('npm run targets without the second file prints its usage', () => {
    const result = run('targets.ts', bundled);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: npm run targets -- <last-year-report> <this-year-report>/);
  });
});
