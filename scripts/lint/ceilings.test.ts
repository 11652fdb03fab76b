import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { judge, loweredCeilings, splitCeilinged } from './ceilings.mjs';

const TYPE_ASSERTIONS = '@typescript-eslint/consistent-type-assertions';
const NON_NULL = '@typescript-eslint/no-non-null-assertion';
const CEILINGED = [TYPE_ASSERTIONS, NON_NULL];

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.calculateConfigForFile('src/main/fixture.ts'); // loads the config once
});

const SOURCE = `export function first(xs: string[], v: unknown): string {\n  const s = v as string;\n  return xs[0]! + s;\n}\n`;

describe('the ceilinged rules', () => {
  it('warn on `as` and `!` in the application code', async () => {
    const [result] = await eslint.lintText(SOURCE, { filePath: 'src/main/fixture.ts' });
    const warned = result!.messages.filter((m) => m.severity === 1).map((m) => m.ruleId);
    expect(warned.sort()).toEqual([TYPE_ASSERTIONS, NON_NULL]);
    expect(splitCeilinged([result!], CEILINGED).counts).toEqual({ [TYPE_ASSERTIONS]: 1, [NON_NULL]: 1 });
  });

  it('leave `as const` and the tests alone', async () => {
    const [constant] = await eslint.lintText(`export const kinds = ['a', 'b'] as const;\n`, { filePath: 'src/renderer/app/fixture.ts' });
    expect(constant!.messages).toEqual([]);
    const [test] = await eslint.lintText(SOURCE, { filePath: 'src/main/fixture.test.ts' });
    expect(test!.messages).toEqual([]);
  });
});

describe('the ceiling', () => {
  const ceilings = { [TYPE_ASSERTIONS]: 3, [NON_NULL]: 5 };

  it('fails when a count goes above its ceiling, naming the rule and both numbers', () => {
    const { failures } = judge({ errors: 0, warnings: 0, counts: { [TYPE_ASSERTIONS]: 4, [NON_NULL]: 5 }, ceilings });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(TYPE_ASSERTIONS);
    expect(failures[0]).toContain('4 warnings, above the ceiling of 3');
  });

  it('passes at or below the ceiling, and asks for the ceiling to come down when below', () => {
    expect(judge({ errors: 0, warnings: 0, counts: { [TYPE_ASSERTIONS]: 3, [NON_NULL]: 5 }, ceilings })).toEqual({
      failures: [],
      notes: [],
    });
    const below = judge({ errors: 0, warnings: 0, counts: { [TYPE_ASSERTIONS]: 1, [NON_NULL]: 5 }, ceilings });
    expect(below.failures).toEqual([]);
    expect(below.notes[0]).toContain('1 warnings, below the ceiling of 3');
  });

  it('still fails on any error or any other warning, as --max-warnings=0 did', () => {
    expect(judge({ errors: 1, warnings: 0, counts: {}, ceilings: {} }).failures).toHaveLength(1);
    expect(judge({ errors: 0, warnings: 1, counts: {}, ceilings: {} }).failures).toHaveLength(1);
  });

  it('only counts warnings of the ceilinged rules, and leaves the others to fail', () => {
    const result = {
      filePath: 'x.ts',
      messages: [
        { ruleId: NON_NULL, severity: 1 },
        { ruleId: 'no-console', severity: 1 },
        { ruleId: NON_NULL, severity: 2 },
      ],
      warningCount: 2,
      errorCount: 1,
    } as unknown as ESLint.LintResult;
    const { others, counts } = splitCeilinged([result], CEILINGED);
    expect(counts).toEqual({ [TYPE_ASSERTIONS]: 0, [NON_NULL]: 1 });
    expect(others[0]!.messages.map((m) => m.ruleId)).toEqual(['no-console', NON_NULL]);
    expect(others[0]!.warningCount).toBe(1);
  });

  it('is only ever lowered', () => {
    expect(loweredCeilings(ceilings, { [TYPE_ASSERTIONS]: 2, [NON_NULL]: 9 })).toEqual({ [TYPE_ASSERTIONS]: 2, [NON_NULL]: 5 });
  });
});
