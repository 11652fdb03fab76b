import { describe, expect, it } from 'vitest';
import { AnnotationTargetSchema, QUOTE_CONTEXT_LENGTH } from '../domain/annotation';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage, trimRange } from './describe-passage';

const PARAGRAPHS = [
  'Fellow Deputies,',
  'In 2023, the regional GDP reached 737 billion yuan, up by 6.3%. We completed 1,200 major projects and added 95,000 urban jobs.',
  'We will expand effective investment and keep the economy growing steadily.',
];
const doc = documentFromParagraphs(PARAGRAPHS);
const p = doc.paragraphs;
const at = (needle: string) => doc.text.indexOf(needle);

describe('describePassage', () => {
  it.each([
    { name: 'inside one paragraph', start: at('737 billion'), end: at('737 billion') + 11, exact: '737 billion', paragraph: 1 },
    { name: 'whole paragraph with its separators', start: p[1]!.start - 2, end: p[1]!.end + 2, exact: PARAGRAPHS[1], paragraph: 1 },
    { name: 'starting on a separator', start: p[0]!.end, end: p[1]!.start + 7, exact: 'In 2023', paragraph: 1 },
    {
      name: 'spanning two paragraphs',
      start: at('urban jobs'),
      end: at(' and keep'),
      exact: 'urban jobs.\n\nWe will expand effective investment',
      paragraph: 1,
    },
    {
      name: 'spanning three paragraphs',
      start: at('Deputies'),
      end: at(' effective'),
      exact: `Deputies,\n\n${PARAGRAPHS[1]}\n\nWe will expand`,
      paragraph: 0,
    },
    { name: 'leading and trailing spaces', start: at(' up by'), end: at('6.3%') + 5, exact: 'up by 6.3%.', paragraph: 1 },
    { name: 'reversed range', start: at('737') + 3, end: at('737'), exact: '737', paragraph: 1 },
    {
      name: 'range past the ends (clamped)',
      start: p[2]!.start + 50,
      end: doc.text.length + 100,
      exact: PARAGRAPHS[2]!.slice(50),
      paragraph: 2,
    },
    { name: 'one character', start: 0, end: 1, exact: 'F', paragraph: 0 },
  ])('$name', ({ start, end, exact, paragraph }) => {
    const target = describePassage(doc, start, end)!;
    expect(target.quote.exact).toBe(exact);
    expect(target.paragraphId).toBe(p[paragraph]!.id);
    expect(doc.text.slice(target.position.start, target.position.end)).toBe(exact);
    expect(AnnotationTargetSchema.safeParse(target).success).toBe(true);
  });

  it.each([
    { name: 'empty range', start: 10, end: 10 },
    { name: 'only a separator', start: p[0]!.end, end: p[1]!.start },
    { name: 'only spaces', start: at(' up by'), end: at(' up by') + 1 },
    { name: 'entirely outside the text', start: doc.text.length + 5, end: doc.text.length + 9 },
    { name: 'not a number', start: Number.NaN, end: 5 },
  ])('null for $name', ({ start, end }) => {
    expect(describePassage(doc, start, end)).toBeNull();
  });

  it('is null on an empty document', () => {
    expect(describePassage(documentFromParagraphs([]), 0, 5)).toBeNull();
  });

  it('keeps 32 characters of context, across paragraph separators', () => {
    const start = p[2]!.start;
    const target = describePassage(doc, start, start + 7)!;
    expect(target.quote.prefix).toBe(doc.text.slice(start - QUOTE_CONTEXT_LENGTH, start));
    expect(target.quote.prefix.endsWith('urban jobs.\n\n')).toBe(true);
    expect(target.quote.suffix).toBe(doc.text.slice(start + 7, start + 7 + QUOTE_CONTEXT_LENGTH));
  });

  it('keeps shorter context at the ends of the document', () => {
    const first = describePassage(doc, 0, 6)!;
    expect(first.quote.prefix).toBe('');
    const last = describePassage(doc, doc.text.length - 9, doc.text.length)!;
    expect(last.quote.suffix).toBe('');
    expect(last.quote.exact).toBe('steadily.');
  });

  it('never cuts a surrogate pair in the context', () => {
    const emoji = documentFromParagraphs([`${'x'.repeat(10)}😀${'y'.repeat(31)}Target${'z'.repeat(31)}😀end`]);
    const start = emoji.text.indexOf('Target');
    const target = describePassage(emoji, start, start + 6)!;
    expect(target.quote.prefix).toBe('y'.repeat(31));
    expect(target.quote.suffix).toBe('z'.repeat(31));
  });
});

describe('trimRange', () => {
  it('trims white space, tabs, no-break and ideographic spaces', () => {
    const text = ' \t\u00a0\u3000word\n\n ';
    expect(trimRange(text, 0, text.length)).toEqual({ start: 4, end: 8 });
  });
});
