import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import type { AnchorResult } from './anchor';
import { anchor, reanchorTarget } from './anchor';
import { describePassage } from './describe-passage';
import type { DocumentText } from './document-text';
import { buildDocumentText } from './document-text';

const BASE = `Report on the Work of the Government

Fellow Deputies,

I. A Review of Our Work in 2023

In 2023, the regional GDP reached 737 billion yuan, up by 6.3%. We completed 1,200 major projects and added 95,000 urban jobs. The per capita disposable income of residents grew by 5.9%.

We strengthened innovation. Spending on research and development rose to 3.5% of GDP, and 1,100 new high-tech enterprises were recognised. The Yangtze River Delta integration moved forward on all fronts.

II. Major Tasks for 2024

We will expand effective investment and keep the economy growing steadily. We will expand effective investment in the Yangtze River Delta demonstration zone as well.

We will improve people's livelihoods: build 30 new schools, renovate 120 old residential communities and add 5,000 elderly care beds.
`;

const doc = (text: string): DocumentText => buildDocumentText(parseReport(text));

/** Start of the n-th occurrence of `needle` in `text`. */
function nth(text: string, needle: string, n = 0): number {
  let at = text.indexOf(needle);
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" (#${n}) not in text`);
  return at;
}

/** Replaces the first occurrence of `from`, failing loudly if the fixture drifted. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not in text`);
  return text.replace(from, to);
}

interface Case {
  name: string;
  /** The passage annotated in BASE (n-th occurrence). */
  quote: string;
  occurrence?: number;
  revise: (text: string) => string;
  /** Expected placement in the revised document text: status and the slice it must cover (n-th occurrence); null = orphaned. */
  expected: { status: 'exact' | 'fuzzy'; slice: string; occurrence?: number } | null;
}

const PREAMBLE = (t: string) => edit(t, 'Fellow Deputies,', 'Fellow Deputies, dear members of the CPPCC and comrades,');

const CASES: Case[] = [
  {
    name: 'unchanged document',
    quote: 'added 95,000 urban jobs',
    revise: (t) => t,
    expected: { status: 'exact', slice: 'added 95,000 urban jobs' },
  },
  {
    name: 'preamble edited (offsets shift)',
    quote: 'grew by 5.9%',
    revise: PREAMBLE,
    expected: { status: 'exact', slice: 'grew by 5.9%' },
  },
  {
    name: 'edit before the quote, same paragraph',
    quote: 'We completed 1,200 major projects',
    revise: (t) => edit(t, '737 billion yuan', '737.2 billion yuan'),
    expected: { status: 'exact', slice: 'We completed 1,200 major projects' },
  },
  {
    name: 'edit after the quote',
    quote: 'In 2023, the regional GDP',
    revise: (t) => edit(t, 'grew by 5.9%', 'grew by 6.1% year on year'),
    expected: { status: 'exact', slice: 'In 2023, the regional GDP' },
  },
  {
    name: 'a word changed inside the quote',
    quote: 'Spending on research and development rose to 3.5% of GDP',
    revise: (t) => edit(PREAMBLE(t), 'research and development', 'research and innovation'),
    expected: { status: 'fuzzy', slice: 'Spending on research and innovation rose to 3.5% of GDP' },
  },
  {
    name: 'a figure changed inside the quote',
    quote: 'added 95,000 urban jobs',
    revise: (t) => edit(t, '95,000', '96,500'),
    expected: { status: 'fuzzy', slice: 'added 96,500 urban jobs' },
  },
  {
    name: 'comma removed inside the quote',
    quote: 'In 2023, the regional GDP reached 737 billion yuan',
    revise: (t) => edit(t, 'In 2023, the', 'In 2023 the'),
    expected: { status: 'fuzzy', slice: 'In 2023 the regional GDP reached 737 billion yuan' },
  },
  {
    name: 'double space inside the quote (the parser collapses it)',
    quote: 'We completed 1,200 major projects and added 95,000 urban jobs',
    revise: (t) => edit(PREAMBLE(t), 'projects and added', 'projects  and added'),
    expected: { status: 'exact', slice: 'We completed 1,200 major projects and added 95,000 urban jobs' },
  },
  {
    name: 'straight apostrophe becomes curly',
    quote: "improve people's livelihoods: build 30 new schools",
    revise: (t) => edit(t, "people's", 'people’s'),
    expected: { status: 'fuzzy', slice: 'improve people’s livelihoods: build 30 new schools' },
  },
  {
    name: 'paragraph split inside the quote',
    quote: 'new high-tech enterprises were recognised. The Yangtze River Delta integration',
    revise: (t) => edit(t, 'recognised. The Yangtze', 'recognised.\n\nThe Yangtze'),
    expected: { status: 'fuzzy', slice: 'new high-tech enterprises were recognised.\n\nThe Yangtze River Delta integration' },
  },
  {
    name: 'paragraph split elsewhere in the paragraph',
    quote: 'integration moved forward on all fronts',
    revise: (t) => edit(t, 'innovation. Spending', 'innovation.\n\nSpending'),
    expected: { status: 'exact', slice: 'integration moved forward on all fronts' },
  },
  {
    name: 'paragraph merged with its neighbour inside the quote',
    quote: 'demonstration zone as well.\n\nWe will improve people',
    revise: (t) => edit(t, 'as well.\n\nWe will improve', 'as well. We will improve'),
    expected: { status: 'fuzzy', slice: 'demonstration zone as well. We will improve people' },
  },
  {
    name: 'cross-paragraph quote after an offset shift',
    quote: 'on all fronts.\n\nWe will expand',
    revise: PREAMBLE,
    expected: { status: 'exact', slice: 'on all fronts.\n\nWe will expand' },
  },
  {
    name: 'repeated quote, first occurrence, after a shift',
    quote: 'We will expand effective investment',
    revise: PREAMBLE,
    expected: { status: 'exact', slice: 'We will expand effective investment', occurrence: 0 },
  },
  {
    name: 'repeated quote, second occurrence, after a shift',
    quote: 'We will expand effective investment',
    occurrence: 1,
    revise: PREAMBLE,
    expected: { status: 'exact', slice: 'We will expand effective investment', occurrence: 1 },
  },
  {
    name: 'repeated quote, second occurrence, old offset now nearer the first',
    quote: 'We will expand effective investment',
    occurrence: 1,
    revise: (t) =>
      edit(t, 'We strengthened innovation. ', 'We strengthened innovation in 2023 and moved ahead with reform of state firms. '),
    expected: { status: 'exact', slice: 'We will expand effective investment', occurrence: 1 },
  },
  {
    name: 'repeated quote, first occurrence, text removed before it',
    quote: 'We will expand effective investment',
    revise: (t) => edit(t, ' The Yangtze River Delta integration moved forward on all fronts.', ''),
    expected: { status: 'exact', slice: 'We will expand effective investment', occurrence: 0 },
  },
  {
    name: 'repeated quote, edited: context picks the right one',
    quote: 'We will expand effective investment in the Yangtze',
    revise: (t) => edit(t, 'expand effective investment in', 'expand efficient investment in'),
    expected: { status: 'fuzzy', slice: 'We will expand efficient investment in the Yangtze' },
  },
  {
    name: 'quote deleted',
    quote: 'disposable income of residents grew by 5.9%',
    revise: (t) => edit(t, ' The per capita disposable income of residents grew by 5.9%.', ''),
    expected: null,
  },
  {
    name: 'paragraph completely rewritten',
    quote: 'Spending on research and development rose to 3.5% of GDP',
    revise: (t) =>
      edit(
        t,
        'We strengthened innovation. Spending on research and development rose to 3.5% of GDP, and 1,100 new high-tech enterprises were recognised. The Yangtze River Delta integration moved forward on all fronts.',
        'The city hosted its first marathon, opened two museums and planted forty thousand trees along the canal this autumn.',
      ),
    expected: null,
  },
  { name: 'three-character quote changed', quote: '737', revise: (t) => edit(t, '737 billion', '738 billion'), expected: null },
  { name: 'three-character quote changed (figure)', quote: '6.3', revise: (t) => edit(t, 'up by 6.3%', 'up by 6.4%'), expected: null },
  { name: 'one-character quote gone, others elsewhere', quote: '%', revise: (t) => edit(t, ', up by 6.3%.', '.'), expected: null },
  {
    name: 'short quote changed while the old figure now appears elsewhere',
    quote: '6.3%',
    revise: (t) => edit(edit(t, 'up by 6.3%', 'up by 6.4%'), 'grew by 5.9%', 'grew by 6.3%'),
    expected: { status: 'fuzzy', slice: '6.4%' },
  },
  { name: 'short quote, unchanged, after a shift', quote: '6.3%', revise: PREAMBLE, expected: { status: 'exact', slice: '6.3%' } },
  {
    name: 'short quote deleted with its sentence',
    quote: '5.9%',
    revise: (t) => edit(t, ' The per capita disposable income of residents grew by 5.9%.', ''),
    expected: null,
  },
  {
    name: 'short quote, one letter changed, context intact',
    quote: 'urban jobs',
    revise: (t) => edit(t, 'urban jobs', 'urban job'),
    expected: { status: 'fuzzy', slice: 'urban job' },
  },
];

function annotate(text: string, quote: string, occurrence = 0) {
  const parsed = doc(text);
  const start = nth(parsed.text, quote, occurrence);
  const target = describePassage(parsed, start, start + quote.length);
  if (target === null) throw new Error('no target');
  return target;
}

describe('anchor', () => {
  const original = doc(BASE);
  it.each(CASES)('$name', ({ quote, occurrence, revise, expected }) => {
    const oldStart = nth(original.text, quote, occurrence ?? 0);
    const target = describePassage(original, oldStart, oldStart + quote.length)!;
    expect(target.quote.exact).toBe(quote);
    const revised = doc(revise(BASE));
    const result: AnchorResult = anchor(target, revised);
    if (expected === null) {
      expect(result).toEqual({ status: 'orphaned' });
      return;
    }
    const start = nth(revised.text, expected.slice, expected.occurrence ?? 0);
    expect(result).toMatchObject({ status: expected.status, start, end: start + expected.slice.length });
  });

  it('orders the stages: position first, even when the quote also occurs earlier', () => {
    const text = edit(BASE, 'Fellow Deputies,', 'Fellow Deputies, we will expand effective investment');
    const target = annotate(text, 'expand effective investment', 1);
    expect(anchor(target, doc(text))).toEqual({ status: 'exact', start: target.position.start, end: target.position.end });
  });

  it('uses closeness to the old offset when the contexts are identical', () => {
    const paragraph = Array.from({ length: 9 }, () => 'Safety first.').join(' ');
    const text = `Title\n\nIntro.\n\n${paragraph}\n\nEnd.`;
    for (const n of [3, 4, 5]) {
      const target = annotate(text, 'Safety first.', n);
      const revised = doc(edit(text, 'Intro.', 'The intro.'));
      const start = nth(revised.text, 'Safety first.', n);
      expect(anchor(target, revised)).toEqual({ status: 'exact', start, end: start + 'Safety first.'.length });
    }
  });

  it('finds an edited passage moved far from its old offset (whole-text fallback)', () => {
    const filler = Array.from({ length: 300 }, (_, i) => `Item ${i} of the annex lists a minor technical measure.`).join(' ');
    const passage = 'In 2024 the municipal government will build 30 new schools and 5,000 elderly care beds in the northern districts.';
    const before = `Title\n\n${passage}\n\n${filler}`;
    const after = `Title\n\n${filler}\n\nMoved: ${edit(passage, '30 new', '32 new')}`;
    const target = annotate(before, 'will build 30 new schools and 5,000 elderly care beds');
    const revised = doc(after);
    const start = nth(revised.text, 'will build 32 new schools and 5,000 elderly care beds');
    expect(anchor(target, revised)).toMatchObject({
      status: 'fuzzy',
      start,
      end: start + 'will build 32 new schools and 5,000 elderly care beds'.length,
    });
  });

  it('does not land a deleted short quote on look-alike text', () => {
    const text = 'Title\n\nGDP up by 6.3%. Exports up by 6.8%. Imports up by 5.3%.';
    const target = annotate(text, 'up by 6.3%');
    expect(anchor(target, doc(edit(text, 'GDP up by 6.3%. ', '')))).toEqual({ status: 'orphaned' });
  });

  it('gives fuzzy results a score between 0 and 1', () => {
    const target = annotate(BASE, 'Spending on research and development rose to 3.5% of GDP');
    const result = anchor(target, doc(edit(BASE, 'development', 'innovation')));
    expect(result.status).toBe('fuzzy');
    if (result.status === 'fuzzy') expect(result.score).toBeGreaterThan(0.7);
    if (result.status === 'fuzzy') expect(result.score).toBeLessThanOrEqual(1);
  });
});

describe('reanchorTarget', () => {
  it('moves the position and paragraph, keeping the original quote', () => {
    const target = annotate(BASE, 'added 95,000 urban jobs');
    const revisedText = edit(PREAMBLE(BASE), '95,000', '96,500');
    const revised = doc(revisedText);
    const { status, target: moved } = reanchorTarget(target, revised);
    expect(status).toBe('fuzzy');
    expect(revised.text.slice(moved.position.start, moved.position.end)).toBe('added 96,500 urban jobs');
    expect(moved.quote).toEqual(target.quote);
    const paragraph = revised.paragraphs.find((p) => p.id === moved.paragraphId)!;
    expect(revised.text.slice(paragraph.start, paragraph.end)).toContain('added 96,500 urban jobs');
    expect(moved.paragraphId).not.toBe(target.paragraphId);
  });

  it('returns the same target when orphaned', () => {
    const target = annotate(BASE, 'disposable income of residents grew by 5.9%');
    const revised = doc(edit(BASE, ' The per capita disposable income of residents grew by 5.9%.', ''));
    expect(reanchorTarget(target, revised)).toEqual({ status: 'orphaned', target });
  });

  it('is stable: re-anchoring a fuzzy placement again gives the same place', () => {
    const target = annotate(BASE, 'Spending on research and development rose to 3.5% of GDP');
    const revised = doc(edit(BASE, 'development', 'innovation'));
    const first = reanchorTarget(target, revised);
    expect(reanchorTarget(first.target, revised)).toEqual(first);
  });

  it('keeps the paragraph id of an exact placement in an unchanged paragraph', () => {
    const target = annotate(BASE, 'elderly care beds');
    const { status, target: moved } = reanchorTarget(target, doc(PREAMBLE(BASE)));
    expect(status).toBe('exact');
    expect(moved.paragraphId).toBe(target.paragraphId);
  });
});
