import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from './annotation';

// An annotation as a version-5 store file written before "Keep as orphan" was stored holds it.
const written = {
  id: 'a-0123456789',
  documentId: 'jiaxing-2024-work-report',
  kind: 'question',
  note: 'What replaces the depot?',
  tags: [],
  target: {
    paragraphId: 'p-1a2b3c4d',
    position: { start: 10, end: 20 },
    quote: { exact: 'bus depot', prefix: 'the old ', suffix: ' on East' },
  },
  status: 'orphaned',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  deletedAt: null,
};

describe('AnnotationSchema', () => {
  it('reads a record written before orphanKept existed unchanged', () => {
    const parsed = AnnotationSchema.parse(written);
    expect(parsed).toEqual(written);
    expect(parsed.orphanKept).toBeUndefined();
  });

  it('reads a kept orphan (and an undone decision), and refuses a decision without its version', () => {
    const kept = { ...written, orphanKept: { at: '2024-02-01T00:00:00.000Z', version: 2 } };
    expect(AnnotationSchema.parse(kept).orphanKept).toEqual({ at: '2024-02-01T00:00:00.000Z', version: 2 });
    expect(AnnotationSchema.parse({ ...written, orphanKept: null }).orphanKept).toBeNull();
    expect(AnnotationSchema.safeParse({ ...written, orphanKept: { at: '2024-02-01T00:00:00.000Z' } }).success).toBe(false);
  });
});
