import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';

const TEXT = [
  'Budget Report',
  '',
  'I. Review of 2023',
  '',
  'Revenue rose by 5%.',
  '',
  'Spending on education',
  '',
  'Education spending rose by 8%.',
  '',
  '1. We kept the deficit low. It fell to 2%.',
  '',
  'II. Tasks for 2024',
  '',
  'We will keep spending steady.',
].join('\n');

const shape = (text: string, overrides?: Parameters<typeof parseReport>[1]) =>
  parseReport(text, overrides).sections.map((s) => [s.label, s.heading, s.children.map((c) => [c.label, c.heading, c.paragraphs.map((p) => p.text)])]);

describe('heading overrides (the deputy corrects detection)', () => {
  it('promotes a paragraph to an item heading under the current part', () => {
    const sections = shape(TEXT, { overrides: { promote: [{ text: 'Spending on education', level: 2 }] } });
    expect(sections[1]).toEqual(['I', 'Review of 2023', [[null, 'Spending on education', ['Education spending rose by 8%.']], ['1', 'We kept the deficit low.', ['It fell to 2%.']]]]);
  });

  it('promotes a paragraph to a part heading', () => {
    const labels = parseReport(TEXT, { overrides: { promote: [{ text: 'Spending on education', level: 1 }] } }).sections.map((s) => s.heading);
    expect(labels).toEqual(['', 'Review of 2023', 'Spending on education', 'Tasks for 2024']);
  });

  it('demotes a detected heading, by the heading as shown, to an ordinary paragraph', () => {
    const sections = parseReport(TEXT, { overrides: { demote: ['We kept the deficit low.'] } }).sections;
    expect(sections[1]?.children).toEqual([]);
    expect(sections[1]?.paragraphs.map((p) => p.text)).toContain('1. We kept the deficit low. It fell to 2%.');
  });

  it('changes nothing without overrides, and ignores overrides that match no line', () => {
    expect(shape(TEXT, { overrides: { promote: [{ text: 'not in the text', level: 1 }], demote: ['nor this'] } })).toEqual(shape(TEXT));
  });
});
