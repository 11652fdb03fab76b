import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../../shared/anchoring/document-text';
import type { Outline } from '../../../shared/domain/outline';
import { passageCitation, passageText } from './copy-text';

const para = (id: string, citation: string, text: string) => ({ id, citation, text });
const outline = {
  title: 'Report',
  sections: [
    {
      label: 'II',
      heading: 'Two',
      level: 1,
      paragraphs: [],
      children: [
        {
          label: '9',
          heading: 'Nine',
          level: 2,
          paragraphs: [para('a', 'II.9 ¶1', 'First words.'), para('b', 'II.9 ¶2', 'Second words.')],
          children: [],
        },
        { label: '10', heading: 'Ten', level: 2, paragraphs: [para('c', 'II.10 ¶1', 'Third words.')], children: [] },
      ],
    },
  ],
} as unknown as Outline;
const doc = buildDocumentText(outline);
const range = (from: string, to: string) => ({ start: doc.text.indexOf(from), end: doc.text.indexOf(to) + to.length });

describe('copied passages', () => {
  it('are the report text with a blank line between paragraphs and no citation labels', () => {
    expect(passageText(doc, range('words.', 'Second'))).toBe('words.\n\nSecond');
  });
  it('are cited by the paragraph, or the run of paragraphs, they cover', () => {
    expect(passageCitation(doc, range('First', 'First words.'))).toBe('II.9 ¶1');
    expect(passageCitation(doc, range('First', 'Second'))).toBe('II.9 ¶1–¶2');
    expect(passageCitation(doc, range('Second', 'Third'))).toBe('II.9 ¶2–II.10 ¶1');
  });
});
