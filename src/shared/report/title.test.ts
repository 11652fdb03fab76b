import { describe, expect, it } from 'vitest';
import { pickTitle } from './title';

describe('pickTitle', () => {
  it.each([
    [['Report on the Work of the Government(2024)', 'Text.'], undefined, 'Report on the Work of the Government(2024)', 0],
    [['# Markdown Title', 'Text.'], undefined, 'Markdown Title', 0],
    [['政府工作报告', '正文。'], undefined, '政府工作报告', 0],
    [['I. A Review of Our Work', 'Text.'], 'file', 'file', -1],
    [['This is just a sentence.'], 'file', 'file', -1],
    [['Fellow Deputies,'], undefined, 'Untitled', -1],
    [[], 'report-2024', 'report-2024', -1],
    [[], '  ', 'Untitled', -1],
    [[`${'Long '.repeat(40)}line`], undefined, 'Untitled', -1],
  ] as const)('%j (fallback %j) → %j', (lines, fallback, title, lineIndex) => {
    expect(pickTitle(lines, fallback)).toEqual({ title, lineIndex });
  });
});
