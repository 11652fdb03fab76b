import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../domain/outline';
import { OutlineSchema } from '../domain/outline';
import { normalizeInline } from './normalize-text';
import { parseReport } from './parse-report';

const REPORT_URL = new URL('../../../resources/reports/jiaxing-2024-government-work-report.en.txt', import.meta.url);
const text = readFileSync(REPORT_URL, 'utf8');
const outline = parseReport(text, { fallbackTitle: 'jiaxing-2024-government-work-report.en' });

function section(index: number): Section {
  const s = outline.sections[index];
  if (s === undefined) throw new Error(`no section ${index}`);
  return s;
}

function allParagraphs(sections: Section[]): { id: string; citation: string; text: string }[] {
  return sections.flatMap((s) => [...s.paragraphs, ...allParagraphs(s.children)]);
}

/** Label, heading and paragraph words in document order. */
function outlineWords(sections: Section[]): string[] {
  return sections.flatMap((s) => [
    ...(s.label ?? '').split(' '),
    ...s.heading.split(' '),
    ...s.paragraphs.flatMap((p) => p.text.split(' ')),
    ...outlineWords(s.children),
  ]);
}

function tokens(words: string[]): string[] {
  return words.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

const [preamble, partI, partII, partIII] = [section(0), section(1), section(2), section(3)];

describe('parseReport on the bundled Jiaxing 2024 report', () => {
  it('matches the Outline schema and has the title of the first line, spaced as English prints it', () => {
    expect(OutlineSchema.safeParse(outline).success).toBe(true);
    expect(outline.title).toBe('Report on the Work of the Jiaxing Municipal Government (2024)');
  });

  it("reads the web page's release date as a detail of the document, not as a paragraph", () => {
    expect(outline.details).toEqual([
      { kind: 'release-date', label: 'Release date', value: '2024-04-17 16:10', text: 'Release date:2024-04-17 16:10' },
    ]);
    expect(allParagraphs(outline.sections).map((p) => p.text)).not.toContain('Release date:2024-04-17 16:10');
  });

  it('has a preamble and three parts', () => {
    expect(outline.sections).toHaveLength(4);
    expect(outline.sections.map((s) => [s.label, s.heading, s.level])).toEqual([
      [null, '', 1],
      ['I', 'A Review of Our Work in 2023', 1],
      ['II', 'The overall requirements for the government in 2024 go as follows:', 1],
      ['III', 'We will effectively strengthen government self-improvement.', 1],
    ]);
  });

  it('keeps the front matter and opening in the preamble, whitespace collapsed', () => {
    expect(preamble.children).toEqual([]);
    const texts = preamble.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual([
      'Report on the Work of the Jiaxing Municipal Government (2024)',
      'Report on the Work of the Government',
      'Delivered at the Fourth Session of the Ninth Municipal People’s Congress of Jiaxing on January 30, 2024',
      'Mayor Li Jun',
      'Fellow Deputies,',
    ]);
    expect(texts).toHaveLength(6);
    expect(texts[5]).toMatch(/^On behalf of the Municipal People’s Government of Jiaxing/);
    expect(preamble.paragraphs.map((p) => p.citation)).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5', '¶6']);
  });

  it('reads part I: 5 opening paragraphs, 7 items and a closing block', () => {
    expect(partI.paragraphs.map((p) => p.citation)).toEqual(['I ¶1', 'I ¶2', 'I ¶3', 'I ¶4', 'I ¶5']);
    expect(partI.paragraphs[4]?.text).toBe('Over the past year, what we did goes as follows:');
    const items = partI.children.slice(0, 7);
    expect(items.map((c) => [c.label, c.level])).toEqual(['1', '2', '3', '4', '5', '6', '7'].map((l) => [l, 2]));
    // Every part-I item has heading and body on one line: one paragraph each.
    expect(items.map((c) => c.paragraphs.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(items[6]?.heading).toBe(
      'We firmly carried out the theoretical study program and achieved new progress in the development of the government.',
    );
  });

  it('splits the heading and body of item I.1 at the first sentence', () => {
    const item = partI.children[0];
    expect(item?.heading).toBe('We did our best to help enterprises and economy achieve high-quality and efficient development.');
    expect(item?.paragraphs[0]?.citation).toBe('I.1 ¶1');
    expect(item?.paragraphs[0]?.text).toMatch(/^We continued to give priority to the work benefiting and assisting enterprises/);
  });

  it('puts the paragraphs after item 7 in part I’s closing block', () => {
    const closing = partI.children[7];
    expect(partI.children).toHaveLength(8);
    expect(closing?.label).toBeNull();
    expect(closing?.heading).toBe('');
    expect(closing?.level).toBe(2);
    expect(closing?.paragraphs.map((p) => p.citation)).toEqual(['I ¶6', 'I ¶7', 'I ¶8']);
    expect(closing?.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'In 2023, new progress was made',
      'Fellow deputies, the achieveme',
      'We are also well aware that, a',
    ]);
  });

  it('reads part II: 3 opening paragraphs, 10 items and a closing paragraph', () => {
    expect(partII.paragraphs.map((p) => p.text.slice(0, 40))).toEqual([
      'We will continue to follow the guidance ',
      'The main projected development targets t',
      'In 2024, we will focus on the work of th',
    ]);
    const items = partII.children.slice(0, 10);
    expect(items.map((c) => c.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(items.map((c) => c.paragraphs.length)).toEqual([5, 5, 4, 3, 4, 5, 4, 4, 5, 6]);
    expect(items[0]?.heading).toBe('We will strengthen sci-tech innovation impetuses to build a high-level innovation-driven city.');
    expect(items[8]?.heading).toBe(
      'We will work hard to reduce pollution and carbon emission and increase efficiency to improve “Beautiful Jiaxing”.',
    );
    expect(items[9]?.heading).toBe(
      'We will work hard to benefit the people, settle their problems and take the lead in building a demonstration city of common prosperity.',
    );
    const closing = partII.children[10];
    expect(partII.children).toHaveLength(11);
    expect([closing?.label, closing?.heading, closing?.level]).toEqual([null, '', 2]);
    expect(closing?.paragraphs.map((p) => p.citation)).toEqual(['II ¶4']);
    expect(closing?.paragraphs[0]?.text).toMatch(/^Fellow deputies, the municipal government has been attaching/);
  });

  it('splits item II.4 and keeps its following paragraphs', () => {
    const item = partII.children[3];
    expect(item?.heading).toBe(
      'We will work hard to push forward major projects to continuously enhance high-quality development momentum.',
    );
    expect(item?.paragraphs[0]?.text).toMatch(/^We will further support major projects, expand effective investment/);
    expect(item?.paragraphs[1]?.text).toMatch(/^We will work hard to attract projects\./);
    expect(item?.paragraphs.map((p) => p.citation)).toEqual(['II.4 ¶1', 'II.4 ¶2', 'II.4 ¶3']);
  });

  it('keeps the indented paragraph without a blank line as its own paragraph of II.10', () => {
    const item = partII.children[9];
    expect(item?.paragraphs[5]?.text).toMatch(/^We will continue efforts to build Peaceful Jiaxing\./);
    expect(item?.paragraphs[4]?.text).toMatch(/^We will develop culture and sports programs\./);
    expect(item?.paragraphs[5]?.citation).toBe('II.10 ¶6');
  });

  it('cites paragraphs as in the printed report', () => {
    const byStart = (start: string) => allParagraphs(outline.sections).find((p) => p.text.startsWith(start));
    expect(byStart('We will work hard to build top-end sci-tech innovation platforms')?.citation).toBe('II.1 ¶3');
    expect(byStart('We will make every effort to create a practice innovation base')?.citation).toBe('II.9 ¶3');
    expect(byStart('We will build a government that takes a clear political stance')?.citation).toBe('III ¶2');
  });

  it('gives part III all its paragraphs and no items', () => {
    expect(partIII.children).toEqual([]);
    expect(partIII.paragraphs).toHaveLength(7);
    expect(partIII.paragraphs[6]?.citation).toBe('III ¶7');
    expect(partIII.paragraphs[6]?.text).toMatch(/^Fellow deputies, based a new starting point/);
  });

  it('normalizes paragraph text (no NBSP, no double spaces) and keeps typographic quotes', () => {
    const paragraphs = allParagraphs(outline.sections);
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/\u00a0| {2}|^\s|\s$/);
    }
    expect(paragraphs.some((p) => p.text.includes('“Ten Major Projects'))).toBe(true);
  });

  it('gives unique ids that are stable across parses', () => {
    const ids = allParagraphs(outline.sections).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^p-[0-9a-f]{8}(-\d+)?$/);
    const again = parseReport(text);
    expect(allParagraphs(again.sections).map((p) => p.id)).toEqual(ids);
    expect(again).toEqual({ ...outline });
  });

  it('keeps ids of other paragraphs when a paragraph is inserted', () => {
    const edited = text.replace('Fellow Deputies,', 'Fellow Deputies,\n\nA new paragraph was inserted here.');
    const before = new Set(allParagraphs(outline.sections).map((p) => p.id));
    const after = allParagraphs(parseReport(edited).sections).map((p) => p.id);
    expect(after.filter((id) => !before.has(id))).toHaveLength(1);
  });

  it('loses no text: the outline has the same words, in order, as the input lines', () => {
    const inputLines = text
      .split(/\r?\n/)
      .map(normalizeInline)
      .filter((l) => l !== '');
    // The release-date line (the second) is in the details instead.
    expect(tokens([...outline.details!.map((d) => d.text), ...outlineWords(outline.sections)])).toEqual(
      tokens([inputLines[1]!, inputLines[0]!, ...inputLines.slice(2)]),
    );
    // Every non-empty line is a paragraph except the release date, the 3 part lines and the 9
    // heading-only items of part II (the inline items I.1–I.7 and II.4 contribute their body as a paragraph).
    expect(allParagraphs(outline.sections)).toHaveLength(inputLines.length - 1 - 3 - 9);
  });
});
