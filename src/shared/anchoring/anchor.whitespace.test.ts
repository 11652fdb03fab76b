import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage } from './describe-passage';

// Built without the parser, which would normalise some of these differences away.
const PARAGRAPHS = [
  'Fellow Deputies,',
  'We promoted the "Double Eight" strategy, built 30 new schools, and renovated 120 old residential communities in 2023.',
  'We will keep the economy growing steadily.',
];

describe('anchor: punctuation and white-space edits inside the quote', () => {
  const quote = 'the "Double Eight" strategy, built 30 new schools, and renovated 120 old';
  const original = documentFromParagraphs(PARAGRAPHS);
  const start = original.text.indexOf(quote);
  const target = describePassage(original, start, start + quote.length)!;

  it.each([
    ['double space', 'built 30 new schools,', 'built 30  new schools,'],
    ['tab', 'built 30 new', 'built\t30 new'],
    ['no-break space', '30 new', '30\u00a0new'],
    ['curly double quotes', '"Double Eight"', '“Double Eight”'],
    ['comma removed', 'new schools, and', 'new schools and'],
    ['comma added', 'strategy, built', 'strategy, and built'],
    ['hyphen for a space', 'new schools', 'new-schools'],
  ])('%s', (_name, from, to) => {
    const revisedParagraphs = PARAGRAPHS.map((p) => p.replace(from, to));
    revisedParagraphs.unshift('Report on the Work of the Government');
    const revised = documentFromParagraphs(revisedParagraphs);
    const expected = quote.replace(from, to);
    const at = revised.text.indexOf(expected);
    expect(at).toBeGreaterThan(0);
    expect(anchor(target, revised)).toMatchObject({ status: 'fuzzy', start: at, end: at + expected.length });
  });
});
