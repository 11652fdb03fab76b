import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutlineSchema } from '../../shared/domain/outline';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const cli = fileURLToPath(new URL('./outline.ts', import.meta.url));
const report = fileURLToPath(
  new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url),
);

function run(...args: string[]) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('outline CLI', () => {
  it('prints the outline of the bundled report as JSON', () => {
    const result = run(report);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const outline = OutlineSchema.parse(JSON.parse(result.stdout));
    expect(outline.title).toBe('Report on the Work of the Jiaxing Municipal Government(2024)');
    expect(outline.sections.map((s) => s.label)).toEqual([null, 'I', 'II', 'III']);
    expect(result.stdout).toContain('\n  "sections": [');
  }, 60_000);

  it('fails with a one-line hint for a missing file', () => {
    const result = run('resources/reports/does-not-exist.txt');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/does-not-exist\.txt.*ENOENT.*existing UTF-8/);
  }, 60_000);

  it('prints usage when no file is given', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Usage: npm run outline -- <report\.txt\|report\.md>/);
  }, 60_000);
});
