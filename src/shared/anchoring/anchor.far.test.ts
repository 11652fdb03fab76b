import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { documentFromParagraphs } from './anchor-test-support';
import { describePassage } from './describe-passage';

// Passages that moved far away (another item of the report) are found through the revision's gram index, not by scanning it all.
const ZH = '全年地区生产总值增长6.2%，规模以上工业增加值增长7.1%，城乡居民人均可支配收入分别增长5.0%和6.8%，各项主要指标好于预期。';
const ZH_QUOTE = '规模以上工业增加值增长7.1%，城乡居民人均可支配收入';
const EN = 'We will build 30 new schools, renovate 120 old residential communities and add 5,000 elderly care beds across the city.';
const EN_QUOTE = 'renovate 120 old residential communities and add 5,000 elderly care beds';
const zhFiller = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}项：推进区县重点工作，落实各项技术措施，确保按期完成。`);
const enFiller = (n: number) =>
  Array.from({ length: n }, (_, i) => `Item ${i + 1} lists a minor technical measure for the districts and its schedule.`);

function targetIn(paragraphs: string[], quote: string) {
  const doc = documentFromParagraphs(paragraphs);
  const start = doc.text.indexOf(quote);
  return describePassage(doc, start, start + quote.length)!;
}

describe('anchor: passages moved far away and edited', () => {
  it('finds a Chinese passage moved to another item with a figure changed inside it', () => {
    const target = targetIn(['各位代表：', ZH, ...zhFiller(200)], ZH_QUOTE);
    const revised = documentFromParagraphs(['各位代表：', ...zhFiller(200), ZH.replace('7.1%', '7.3%')]);
    const start = revised.text.indexOf('规模以上工业增加值增长7.3%');
    expect(start).toBeGreaterThan(5000);
    expect(anchor(target, revised)).toMatchObject({ status: 'fuzzy', start, end: start + ZH_QUOTE.length });
  });

  it('finds an English passage moved to another item with a word changed inside it', () => {
    const filler = enFiller(80);
    const target = targetIn(['Fellow Deputies,', EN, ...filler], EN_QUOTE);
    // Moved after item 80, with a figure changed just before the quote and a word inside it: no context survives verbatim.
    const edited = EN.replace('30 new', '32 new').replace('elderly care', 'aged care');
    const revised = documentFromParagraphs(['Fellow Deputies,', ...filler.slice(1), edited, 'Item 1 is a measure added in this draft.']);
    const start = revised.text.indexOf('renovate 120 old residential');
    expect(start).toBeGreaterThan(5000);
    expect(anchor(target, revised)).toMatchObject({ status: 'fuzzy', start, end: revised.text.indexOf(' across the city', start) });
  });

  it('orphans a deleted Chinese passage rather than placing it on a far look-alike in other words', () => {
    const lookalike = '今年规模以上工业增加值增长目标为7%，城乡居民人均可支配收入与经济增长同步。';
    const target = targetIn(['各位代表：', ZH, ...zhFiller(200), lookalike], ZH_QUOTE);
    expect(anchor(target, documentFromParagraphs(['各位代表：', ...zhFiller(200), lookalike]))).toEqual({ status: 'orphaned' });
  });
});
