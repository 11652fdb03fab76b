import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage } from './describe-passage';
import { positionHints } from './position-hints';

// The case of bench/anchor-bench.ts (seed 20240305): a short quote at the start of a paragraph that
// was moved further down and had a word replaced right after the quote. The quote itself is intact.
const DUTIES = 'We will continuously strengthen our capability in performing duties.';
const GOVERNMENT =
  'We will build a government that takes a clear political stance. We will always give top priority to political progress.';
const ENERGIES =
  'We will expedite efforts to establish the system of new types of energies. We will make good use of our comprehensive ' +
  'advantages in photovoltaic power, nuclear power and hydrogen energy, and supply more clean energies.';
const CARBON = 'We will control the total amount and the intensity of energy consumption.';
const QUOTE = 'We will bu';

describe('anchor: a short unchanged quote whose paragraph moved and whose neighbours were edited', () => {
  const original = documentFromParagraphs(['Fellow Deputies,', DUTIES, GOVERNMENT, ENERGIES, CARBON]);
  const start = original.text.indexOf(QUOTE);
  const target = describePassage(original, start, start + QUOTE.length)!;
  // ENERGIES now follows DUTIES, where GOVERNMENT was ("We will ex…" there has the old prefix word for
  // word); GOVERNMENT comes after CARBON, with "government" replaced just after the quote.
  const revised = documentFromParagraphs(['Fellow Deputies,', DUTIES, ENERGIES, CARBON, GOVERNMENT.replace('a government', 'a Fellow')]);
  const moved = revised.text.indexOf(QUOTE);

  it('is placed exactly on its words, not on the edited-looking text at its old place', () => {
    expect(target.quote.exact).toBe(QUOTE);
    expect(moved).toBeGreaterThan(start);
    expect(anchor(target, revised)).toEqual({ status: 'exact', start: moved, end: moved + QUOTE.length });
    const hints = positionHints(original, revised);
    expect(anchor(target, revised, { hints })).toEqual({ status: 'exact', start: moved, end: moved + QUOTE.length });
  });
});
