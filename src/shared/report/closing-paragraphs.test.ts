import { describe, expect, it } from 'vitest';
import { extractClosingParagraphs } from './closing-paragraphs';
import { newDraft } from './draft-section';
import type { DraftSection } from './draft-section';

function item(label: string, paragraphs: string[], inlineBody = true): DraftSection {
  const d = newDraft('item', 2, { style: 'arabic', label, heading: `Item ${label}.` });
  d.paragraphs.push(...paragraphs);
  d.inlineBody = inlineBody;
  return d;
}

function part(children: DraftSection[]): DraftSection {
  const p = newDraft('part', 1, { style: 'roman', label: 'I', heading: 'Part' });
  p.children.push(...children);
  return p;
}

describe('extractClosingParagraphs', () => {
  it('moves trailing paragraphs of the last inline item into a new closing block', () => {
    const p = part([item('1', ['a']), item('2', ['b', 'c', 'd'])]);
    extractClosingParagraphs(p);
    expect(p.children.map((c) => [c.kind, c.paragraphs])).toEqual([
      ['item', ['a']],
      ['item', ['b']],
      ['closing', ['c', 'd']],
    ]);
  });

  it('prepends them to a closing block created by a salutation', () => {
    const closing = newDraft('closing', 2);
    closing.paragraphs.push('Fellow deputies, …');
    const p = part([item('1', ['a']), item('2', ['b', 'c']), closing]);
    extractClosingParagraphs(p);
    expect(p.children.map((c) => c.paragraphs)).toEqual([['a'], ['b'], ['c', 'Fellow deputies, …']]);
  });

  it.each([
    ['a single item', [item('1', ['a', 'b'])]],
    ['an earlier item with its own paragraphs', [item('1', ['a', 'x']), item('2', ['b', 'c'])]],
    ['a heading-only last item', [item('1', ['a']), item('2', ['b', 'c'], false)]],
  ])('leaves lists alone with %s', (_name, children) => {
    const p = part(children);
    const before = p.children.map((c) => [...c.paragraphs]);
    extractClosingParagraphs(p);
    expect(p.children.map((c) => c.paragraphs)).toEqual(before);
  });
});
