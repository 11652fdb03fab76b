import { describe, expect, it } from 'vitest';
import type { Section } from '../domain/outline';
import { assignCitations, citationLabel } from './citation';

function section(label: string | null, heading: string, texts: string[], children: Section[] = []): Section {
  return {
    label,
    heading,
    level: 1,
    paragraphs: texts.map((text) => ({ id: '', citation: '', text })),
    children,
  };
}

function citations(sections: Section[]): string[] {
  return sections.flatMap((s) => [...s.paragraphs.map((p) => p.citation), ...citations(s.children)]);
}

describe('citationLabel', () => {
  it.each([
    ['II', 'II'],
    ['9', '9'],
    ['一', '一'],
    ['（一）', '(一)'],
    ['(二)', '(二)'],
    ['（1）', '(1)'],
    ['3.', '3'],
  ])('%j → %j', (label, expected) => {
    expect(citationLabel(label)).toBe(expected);
  });
});

describe('assignCitations', () => {
  it('numbers paragraphs per section, closing blocks continue their parent', () => {
    const sections = [
      section(null, '', ['a', 'b']),
      section('I', 'Part', ['c'], [section('1', 'Item', ['d', 'e']), section(null, '', ['f', 'g'])]),
      section('一', '部分', [], [section('（二）', '小节', [], [section('3', '项', ['h'])])]),
    ];
    assignCitations(sections);
    expect(citations(sections)).toEqual(['¶1', '¶2', 'I ¶1', 'I.1 ¶1', 'I.1 ¶2', 'I ¶2', 'I ¶3', '一.(二).3 ¶1']);
  });

  it('cites unnumbered headed sections by position', () => {
    const sections = [
      section(null, '', ['a']),
      section(null, 'Review', ['b'], [section('1', 'Item', ['c'])]),
      section(null, 'Tasks', ['d']),
    ];
    assignCitations(sections);
    expect(citations(sections)).toEqual(['¶1', '§1 ¶1', '§1.1 ¶1', '§2 ¶1']);
  });
});
