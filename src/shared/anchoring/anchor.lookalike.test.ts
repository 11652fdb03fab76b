import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage } from './describe-passage';

// Reports repeat formulas; a deleted passage must not move onto a near-copy of it.
const FORMULA_A =
  'In 2024, we will follow the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era and implement the five-year plan.';
const FORMULA_B =
  'Our government has always followed the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, and deepened reform in all areas.';
const QUOTE = 'follow the guidance of Xi Jinping Thought on Socialism with Chinese Characteristics';
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Annex line ${i} lists a minor technical measure for the districts.`).join(' ');

function targetIn(paragraphs: string[]) {
  const doc = documentFromParagraphs(paragraphs);
  const start = doc.text.indexOf(QUOTE);
  return describePassage(doc, start, start + QUOTE.length)!;
}

describe('anchor: look-alike passages', () => {
  it('orphans a deleted passage whose near-copy is far away', () => {
    const target = targetIn(['Fellow Deputies,', FORMULA_A, filler(80), FORMULA_B]);
    expect(anchor(target, documentFromParagraphs(['Fellow Deputies,', filler(80), FORMULA_B]))).toEqual({ status: 'orphaned' });
  });

  it('orphans a deleted passage whose look-alike is close but differs and sits among other words', () => {
    const lookalike =
      'Our government has always acted on the guidance of Xi Jinping Thought on Socialism with Chinese features, and deepened reform in all areas.';
    const target = targetIn(['Fellow Deputies,', FORMULA_A, lookalike]);
    expect(anchor(target, documentFromParagraphs(['Fellow Deputies,', lookalike]))).toEqual({ status: 'orphaned' });
  });

  it('places a deleted passage on a near-identical copy close by (the same words, nearly)', () => {
    const target = targetIn(['Fellow Deputies,', FORMULA_A, FORMULA_B]);
    const revised = documentFromParagraphs(['Fellow Deputies,', FORMULA_B]);
    expect(anchor(target, revised)).toMatchObject({ status: 'fuzzy', start: revised.text.indexOf('followed the guidance') });
  });

  it('still finds the edited passage itself when the near-copy is also there', () => {
    const target = targetIn(['Fellow Deputies,', FORMULA_A, filler(10), FORMULA_B]);
    const edited = FORMULA_A.replace('Chinese Characteristics', 'Chinese characteristics');
    const revised = documentFromParagraphs(['Fellow Deputies,', edited, filler(10), FORMULA_B]);
    const start = revised.text.indexOf('follow the guidance of Xi Jinping Thought on Socialism with Chinese characteristics');
    expect(anchor(target, revised)).toMatchObject({ status: 'fuzzy', start, end: start + QUOTE.length });
  });
});
