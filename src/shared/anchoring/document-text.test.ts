import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report';
import { buildDocumentText, PARAGRAPH_SEPARATOR, paragraphIndexAt } from './document-text';

const REPORT = `Report on the Work of the Government

Fellow Deputies,

I. A Review of Our Work in 2023

The economy grew by 5.2%.

We built 12 new schools.
`;

describe('buildDocumentText', () => {
  const doc = buildDocumentText(parseReport(REPORT));
  it('joins the paragraphs (not the headings) with the separator', () => {
    expect(doc.text).toBe(
      ['Report on the Work of the Government', 'Fellow Deputies,', 'The economy grew by 5.2%.', 'We built 12 new schools.'].join(
        PARAGRAPH_SEPARATOR,
      ),
    );
  });
  it('records each paragraph span', () => {
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).not.toContain('\n');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(doc.text.split(PARAGRAPH_SEPARATOR));
  });
  it('is empty for an empty outline', () => {
    expect(buildDocumentText({ title: 't', sections: [] })).toEqual({ text: '', paragraphs: [] });
  });
});

describe('paragraphIndexAt', () => {
  const doc = buildDocumentText(parseReport(REPORT));
  const p = doc.paragraphs;
  it.each([
    ['first character', 0, 0],
    ['inside the second paragraph', p[1]!.start + 3, 1],
    ['end of a paragraph', p[1]!.end, 1],
    ['on a separator (next paragraph)', p[1]!.end + 1, 2],
    ['start of the last paragraph', p[3]!.start, 3],
    ['past the end', doc.text.length + 10, 3],
  ])('%s', (_name, offset, index) => {
    expect(paragraphIndexAt(p, offset)).toBe(index);
  });
});
