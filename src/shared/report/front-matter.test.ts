import { describe, expect, it } from 'vitest';
import { OutlineSchema } from '../domain/outline';
import { parseReport } from './parse-report';

const paragraphTexts = (text: string) => parseReport(text).sections.flatMap((s) => s.paragraphs.map((p) => p.text));

describe('publication details of a web page copy', () => {
  it.each([
    ['Release date:2024-04-17 16:10', 'Release date', '2024-04-17 16:10'],
    ['Release Date: 2024-04-17', 'Release Date', '2024-04-17'],
    ['Published: 2024/1/30 09:00:12', 'Published', '2024/1/30 09:00:12'],
    ['Date of release: 30 January 2024', 'Date of release', '30 January 2024'],
    ['发布时间：2024-01-30 16:10', '发布时间', '2024-01-30 16:10'],
    ['发布日期: 2024年1月30日', '发布日期', '2024年1月30日'],
  ])('%j is a detail of the document, not a paragraph', (line, label, value) => {
    const outline = parseReport(`Report on the Work of the Government\n\n${line}\n\nFellow Deputies,\n\nThe economy grew.`);
    expect(outline.details).toEqual([{ kind: 'release-date', label, value, text: line }]);
    expect(paragraphTexts(`Report on the Work of the Government\n\n${line}\n\nFellow Deputies,\n\nThe economy grew.`)).toEqual([
      'Report on the Work of the Government',
      'Fellow Deputies,',
      'The economy grew.',
    ]);
    expect(OutlineSchema.safeParse(outline).success).toBe(true);
  });

  it('keeps a sentence that mentions a release date, and a date line inside the report, as paragraphs', () => {
    const text = [
      'Report on the Work of the Government',
      'The release date: 2024-04-17 was announced in advance.',
      'I. A Review of Our Work',
      'Release date: 2024-04-17',
    ].join('\n\n');
    const outline = parseReport(text);
    expect(outline.details ?? []).toEqual([]);
    expect(paragraphTexts(text)).toContain('The release date: 2024-04-17 was announced in advance.');
    expect(paragraphTexts(text)).toContain('Release date: 2024-04-17');
  });

  it('reads a release date printed before the title, and the title after it', () => {
    const outline = parseReport('Release date:2024-04-17 16:10\n\nReport on the Work of the Government\n\nThe economy grew.');
    expect(outline.title).toBe('Report on the Work of the Government');
    expect(outline.details?.map((d) => d.value)).toEqual(['2024-04-17 16:10']);
  });
});

describe('the title line', () => {
  it.each([
    ['Report on the Work of the Jiaxing Municipal Government(2024)', 'Report on the Work of the Jiaxing Municipal Government (2024)'],
    ['Budget Report(Draft)', 'Budget Report (Draft)'],
    ['Report on the Work of the Government (2024)', 'Report on the Work of the Government (2024)'],
    ['Plans for the Year(s) Ahead', 'Plans for the Year(s) Ahead'],
    ['嘉兴市政府工作报告(2024)', '嘉兴市政府工作报告(2024)'],
    ['嘉兴市政府工作报告（2024年）', '嘉兴市政府工作报告（2024年）'],
  ])('%j reads %j, in the title and in its paragraph', (line, expected) => {
    const outline = parseReport(`${line}\n\nFellow Deputies,\n\nThe economy grew by 5.2%(estimate) in 2023.`);
    expect(outline.title).toBe(expected);
    expect(outline.sections[0]?.paragraphs[0]?.text).toBe(expected);
    // Only the title line: the body keeps the source's spacing.
    expect(outline.sections[0]?.paragraphs[2]?.text).toBe('The economy grew by 5.2%(estimate) in 2023.');
  });
});

describe('parser revisions', () => {
  it('revision 1 reads the text as the first parser did (for re-anchoring annotations made then)', () => {
    const text =
      'Report on the Work of the Government(2024)\n\nRelease date:2024-04-17 16:10\n\nFellow Deputies,\n\nI. A Review of Our Work\n\nThe economy grew.';
    const old = parseReport(text, { revision: 1 });
    expect(old.title).toBe('Report on the Work of the Government(2024)');
    expect(old.details).toBeUndefined();
    expect(old.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      'Report on the Work of the Government(2024)',
      'Release date:2024-04-17 16:10',
      'Fellow Deputies,',
    ]);
    const current = parseReport(text);
    expect(current.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['Report on the Work of the Government (2024)', 'Fellow Deputies,']);
    // Everything after the front matter reads the same.
    expect(current.sections.slice(1)).toEqual(old.sections.slice(1));
  });
});
