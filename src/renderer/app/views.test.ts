import { describe, expect, it } from 'vitest';
import { parseViewHash, viewHash, VIEWS } from './views';

describe('view routes in the URL hash', () => {
  it('round-trips every view, and an open draft', () => {
    for (const { id } of VIEWS) expect(parseViewHash(viewHash({ view: id, draftId: null }))).toEqual({ view: id, draftId: null });
    const route = { view: 'drafts', draftId: 'd-0a1b2c3d-4e5f' } as const;
    expect(viewHash(route)).toBe('#/drafts/d-0a1b2c3d-4e5f');
    expect(parseViewHash('#/drafts/d-0a1b2c3d-4e5f')).toEqual(route);
  });

  it('falls back to the reader for an empty or unknown hash, and ignores a malformed draft id', () => {
    expect(parseViewHash('')).toEqual({ view: 'reader', draftId: null });
    expect(parseViewHash('#/nowhere')).toEqual({ view: 'reader', draftId: null });
    expect(parseViewHash('#/drafts/<script>')).toEqual({ view: 'drafts', draftId: null });
    expect(parseViewHash('#/reader/d-0a1b2c3d')).toEqual({ view: 'reader', draftId: null });
  });
});
