import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewRoute } from './useViewRoute';

beforeEach(() => {
  window.history.replaceState(null, '', '#/reader');
});

describe('useViewRoute', () => {
  it('shows the view the address names, and puts each view chosen in the address', () => {
    window.history.replaceState(null, '', '#/drafts/d-abc12345');
    const { result } = renderHook(() => useViewRoute(() => undefined));
    expect(result.current.route).toEqual({ view: 'drafts', draftId: 'd-abc12345' });
    act(() => result.current.selectView('votes'));
    expect(result.current.view).toBe('votes');
    expect(window.location.hash).toBe('#/votes');
  });

  it('reopens the draft last open when the deputy comes back to the drafts view', () => {
    const { result } = renderHook(() => useViewRoute(() => undefined));
    act(() => result.current.openDraft('d-xyz98765'));
    act(() => result.current.selectView('reader'));
    act(() => result.current.selectView('drafts'));
    expect(result.current.route).toEqual({ view: 'drafts', draftId: 'd-xyz98765' });
    expect(window.location.hash).toBe('#/drafts/d-xyz98765');
  });

  it('tells when another view is shown, by a choice or by Back, and not when the same view stays', () => {
    const left = vi.fn();
    const { result } = renderHook(() => useViewRoute(left));
    act(() => result.current.selectView('reader'));
    expect(left).not.toHaveBeenCalled();
    act(() => result.current.selectView('library'));
    expect(left).toHaveBeenCalledTimes(1);
    act(() => {
      window.history.replaceState(null, '', '#/reader');
      window.dispatchEvent(new Event('popstate'));
    });
    expect(result.current.view).toBe('reader');
    expect(left).toHaveBeenCalledTimes(2);
  });
});
