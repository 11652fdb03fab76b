import { describe, expect, it } from 'vitest';
import { createSelectionMemory, documentRangeBetween, locateInTextNodes, offsetInTextNodes, versionKey } from './selection-offsets';

const text = 'First para.\n\n  Second para  \n\nThird.';
const spans = [
  { id: 'p1', citation: '1', start: 0, end: 11 },
  { id: 'p2', citation: '2', start: 13, end: 28 },
  { id: 'p3', citation: '3', start: 30, end: 36 },
];

describe('documentRangeBetween', () => {
  it('converts a selection inside one paragraph', () => {
    expect(documentRangeBetween(spans, text, { paragraphIndex: 0, offset: 6 }, { paragraphIndex: 0, offset: 10 })).toEqual({
      start: 6,
      end: 10,
    });
  });

  it('accepts a backwards selection across paragraphs', () => {
    expect(documentRangeBetween(spans, text, { paragraphIndex: 2, offset: 5 }, { paragraphIndex: 0, offset: 6 })).toEqual({
      start: 6,
      end: 35,
    });
  });

  it('trims white space and clamps offsets into the paragraph', () => {
    expect(documentRangeBetween(spans, text, { paragraphIndex: 1, offset: -3 }, { paragraphIndex: 1, offset: 99 })).toEqual({
      start: 15,
      end: 26,
    });
  });

  it('gives null for an empty or blank selection', () => {
    expect(documentRangeBetween(spans, text, { paragraphIndex: 0, offset: 4 }, { paragraphIndex: 0, offset: 4 })).toBeNull();
    expect(documentRangeBetween(spans, text, { paragraphIndex: 1, offset: 0 }, { paragraphIndex: 1, offset: 2 })).toBeNull();
    expect(documentRangeBetween(spans, text, { paragraphIndex: 7, offset: 0 }, { paragraphIndex: 1, offset: 2 })).toBeNull();
  });
});

describe('text nodes split by marks', () => {
  const lengths = [5, 3, 7];
  it('adds up the lengths of the nodes before', () => {
    expect(offsetInTextNodes(lengths, 0, 2)).toBe(2);
    expect(offsetInTextNodes(lengths, 2, 1)).toBe(9);
    expect(offsetInTextNodes(lengths, 1, 10)).toBe(8);
  });

  it('finds the node of an offset, preferring the start of the next node at a boundary', () => {
    expect(locateInTextNodes(lengths, 5)).toEqual({ nodeIndex: 1, offset: 0 });
    expect(locateInTextNodes(lengths, 9)).toEqual({ nodeIndex: 2, offset: 1 });
    expect(locateInTextNodes(lengths, 15)).toEqual({ nodeIndex: 2, offset: 7 });
  });
});

describe('createSelectionMemory', () => {
  it('gives a selection back only for the document version it was made in', () => {
    const memory = createSelectionMemory();
    memory.set(versionKey('report', 1), { start: 4, end: 9 });
    expect(memory.get(versionKey('report', 1))).toEqual({ start: 4, end: 9 });
    expect(memory.get(versionKey('report', 2))).toBeNull();
    expect(memory.get(versionKey('plan', 1))).toBeNull();
    memory.set(versionKey('report', 2), null);
    expect(memory.get(versionKey('report', 1))).toBeNull();
  });

  it('drops a selection once another document was shown, also when its own document comes back', () => {
    const memory = createSelectionMemory();
    memory.set(versionKey('report', 1), { start: 4, end: 9 });
    memory.retain(versionKey('report', 1));
    expect(memory.get(versionKey('report', 1))).toEqual({ start: 4, end: 9 });
    memory.retain(versionKey('plan', 1));
    memory.retain(versionKey('report', 1));
    expect(memory.get(versionKey('report', 1))).toBeNull();
  });
});
