import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage } from './describe-passage';

// Cases of bench/anchor-bench.ts: a clause inserted or replaced inside a quote changes more of it
// than the approximate search allows (30%), while the words on both sides are still there.
const MOMENTUM =
  'We focused attention on high-quality development, our primary task, made early planning, strengthened implementation, ' +
  'tackled hard problems, improved efficiency, and maintained a steady and sound development momentum. We fully implemented ' +
  'national and provincial policies on stabilizing economic growth.';
const SPORTS =
  'We will actively organize mass sports events, encourage schools, government organs, enterprises and public institutions ' +
  'to open their sports venues to the public and promote the balanced development of mass participation sports.';
const OTHERS = ['Fellow Deputies,', 'Now, on behalf of the Municipal People’s Government, I will report to you on our work.'];

function targetOf(paragraph: string, quote: string) {
  const doc = documentFromParagraphs([...OTHERS, paragraph]);
  const start = doc.text.indexOf(quote);
  return describePassage(doc, start, start + quote.length)!;
}

function placedText(paragraph: string, revisedParagraph: string, quote: string): string | null {
  const revised = documentFromParagraphs([...OTHERS, revisedParagraph]);
  const result = anchor(targetOf(paragraph, quote), revised);
  return result.status === 'orphaned' ? null : revised.text.slice(result.start, result.end);
}

describe('anchor: a quote edited beyond the error budget between surroundings that survived', () => {
  it('is placed on the words between them when a clause was replaced inside it', () => {
    const quote = 'strengthened implementation, tackled hard problems, improved efficiency, and maintained';
    const replaced = 'strengthened implementation, tackled hard problems, and made solid progress in key areas, and maintained';
    expect(placedText(MOMENTUM, MOMENTUM.replace(quote, replaced), quote)).toBe(replaced);
  });

  it('is placed on the words between them when a longer clause replaced words inside it', () => {
    const quote = 'actively organize mass sports events, encourage schools, government organs, enterprises and public institutions to ope';
    const replaced = quote.replace('government organs', 'with the support of all sectors of society');
    expect(placedText(SPORTS, SPORTS.replace(quote, replaced), quote)).toBe(replaced);
  });

  it('is orphaned when the passage was deleted or rewritten in other words, though both sides survived', () => {
    const quote = 'tackled hard problems, improved efficiency, and maintained a steady and sound development momentum';
    expect(placedText(MOMENTUM, MOMENTUM.replace(quote, ''), quote)).toBeNull();
    const rewritten = 'kept the overall situation stable while guarding against risks of every kind';
    expect(placedText(MOMENTUM, MOMENTUM.replace(quote, rewritten), quote)).toBeNull();
  });
});
