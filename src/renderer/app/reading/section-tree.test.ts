import { describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/domain/outline';
import { buildReaderTree, flattenOutline, formatLabel, guessTextLanguage, headingLevel, outlineEntries } from './section-tree';

function section(label: string | null, heading: string, level: number, children: Section[] = [], paragraphs = 1): Section {
  return {
    label,
    heading,
    level,
    children,
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ id: `${label ?? 'x'}-${i}`, citation: `¶${i + 1}`, text: 'text' })),
  };
}

const report: Section[] = [
  section(null, '', 1, [], 3),
  section('I', 'A Review of Our Work in 2023', 1, [section('1', 'We did our best.', 2), section('2', 'We accelerated.', 2)]),
  section('II', 'The overall requirements', 1, [
    section('9', 'We will work hard to reduce pollution.', 2),
    section('10', 'We will benefit the people.', 2),
    section(null, '', 2, [], 2),
  ]),
  section(null, 'Review of Work in 2014', 1),
];

describe('formatLabel', () => {
  it('prints labels as they appear before a heading', () => {
    expect(formatLabel('II')).toBe('II.');
    expect(formatLabel('9')).toBe('9.');
    expect(formatLabel('一')).toBe('一、');
    expect(formatLabel('（一）')).toBe('（一）');
    expect(formatLabel(null)).toBeNull();
    expect(formatLabel('  ')).toBeNull();
  });
});

describe('buildReaderTree', () => {
  const tree = buildReaderTree(report);

  it('gives parts and items dotted paths', () => {
    expect(tree.map((s) => s.path)).toEqual(['preamble', 'I', 'II', 's4']);
    expect(tree[2]?.children.map((s) => s.path)).toEqual(['II.9', 'II.10', 'II.closing']);
  });

  it('recognises the preamble and a part’s closing paragraphs', () => {
    expect(tree[0]?.role).toBe('preamble');
    const closing = tree[2]?.children[2];
    expect(closing?.role).toBe('closing');
    expect(closing?.outlinePath).toBe('II');
    expect(tree[3]?.role).toBe('heading');
  });

  it('keeps paths unique among siblings', () => {
    const twice = buildReaderTree([section('1', 'a', 1), section('1', 'b', 1)]);
    expect(twice.map((s) => s.path)).toEqual(['1', '1-2']);
  });

  it('drops printed punctuation from path segments', () => {
    expect(buildReaderTree([section('1.', 'a', 1)])[0]?.path).toBe('1');
  });
});

describe('outlineEntries', () => {
  const entries = outlineEntries(buildReaderTree(report));

  it('lists the preamble, parts and items but not closings', () => {
    expect(flattenOutline(entries).map((e) => e.path)).toEqual(['preamble', 'I', 'I.1', 'I.2', 'II', 'II.9', 'II.10', 's4']);
  });

  it('nests items under their part with printed labels', () => {
    const part = entries[2];
    expect(part?.displayLabel).toBe('II.');
    expect(part?.children.map((e) => `${e.displayLabel} ${e.heading}`)).toEqual([
      '9. We will work hard to reduce pollution.',
      '10. We will benefit the people.',
    ]);
  });
});

describe('headingLevel', () => {
  it('maps parts to h2, items to h3 and deeper to h4', () => {
    expect([0, 1, 2, 5].map(headingLevel)).toEqual([2, 3, 4, 4]);
  });
});

describe('guessTextLanguage', () => {
  it('tells Chinese from English text', () => {
    expect(guessTextLanguage('2024年嘉兴市政府工作报告')).toBe('zh-CN');
    expect(guessTextLanguage('Report on the Work of the Government')).toBe('en');
  });
});
