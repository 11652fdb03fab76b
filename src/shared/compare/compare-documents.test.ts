import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { compareDocuments } from './compare-documents';
import { sideText } from './word-diff';

const fixture = (name: string) => parseReport(readFileSync(join(import.meta.dirname, '../targets/fixtures', name), 'utf8'));
const bundled = () =>
  parseReport(readFileSync(join(import.meta.dirname, '../../../resources/reports/jiaxing-2024-government-work-report.en.txt'), 'utf8'));

describe('compareDocuments', () => {
  it('pairs last year’s and this year’s Chinese sections by heading, years aside, and names the figures that changed', () => {
    const { sections, counts } = compareDocuments(fixture('work-report-2023.zh.txt'), fixture('work-report-2024.zh.txt'));
    expect(sections.map((s) => [s.kind, s.old?.heading ?? null, s.new?.heading ?? null])).toEqual([
      ['paired', '', ''],
      ['paired', '2022年工作回顾', '2023年工作回顾'],
      ['paired', '2023年总体要求和主要目标', '2024年总体要求和主要目标'],
      ['only-old', '持续增进民生福祉', null],
    ]);
    expect(counts).toEqual({ paired: 3, changed: 3, onlyOld: 1, onlyNew: 0 });
    const figures = (i: number) => sections[i]!.figures.map((f) => `${f.indicator} ${f.temporal}: ${f.old.phrase} → ${f.new.phrase}`);
    expect(figures(1)).toEqual(['gdp result: 3.5% → 6.3%', 'newUrbanJobs result: 9.8万人 → 10.2万人']);
    expect(figures(2)).toEqual(['gdp target: 6%左右 → 5.5%左右', 'fixedAssetInvestment target: 7%以上 → 5%以上']);
    // The targets paragraph is one paragraph rewritten: diffed by segmenter words, the figure marked, not the sentence.
    const targets = sections[2]!.rows;
    expect(targets.map((r) => r.kind)).toEqual(['changed']);
    const removed = targets[0]!.segments.filter((s) => s.kind === 'removed').map((s) => s.text);
    expect(removed).toContain('6');
    expect(targets[0]!.segments.find((s) => s.kind === 'same' && s.text.includes('今年经济社会发展的主要预期目标是'))).toBeTruthy();
    expect(sideText(targets[0]!.segments, 'old')).toBe(targets[0]!.old?.text);
    expect(sideText(targets[0]!.segments, 'new')).toBe(targets[0]!.new?.text);
    // A section only in last year's report keeps its paragraphs, shown as removed.
    expect(sections[3]!.rows.map((r) => [r.kind, r.old?.text.startsWith('扎实办好十方面民生实事')])).toEqual([['removed', true]]);
  });

  it('pairs the bundled 2024 report’s review with last year’s English one and lists its new items as only this year', () => {
    const { sections } = compareDocuments(fixture('work-report-2023.en.txt'), bundled());
    const review = sections.find((s) => s.new?.heading === 'A Review of Our Work in 2023');
    expect(review).toMatchObject({ kind: 'paired', old: { label: 'I', heading: 'A Review of Our Work in 2022' } });
    expect(review!.figures.map((f) => `${f.indicator}: ${f.old.phrase} → ${f.new.phrase}`)).toContain('gdp: 3.5% → 6.3%');
    const onlyNew = sections.filter((s) => s.kind === 'only-new').map((s) => s.new?.label);
    expect(onlyNew).toContain('II.1');
    expect(sections.filter((s) => s.kind === 'only-old').map((s) => s.old?.heading)).toEqual(["Improving people's well-being"]);
  });
});
