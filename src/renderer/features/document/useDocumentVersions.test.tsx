import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/domain/document';
import { fakeApi, providers, Refusal } from '../../test-support/fake-api';
import { useDocumentVersions } from './useDocumentVersions';

const doc = (title: string): ReportDocument => ({ id: 'd1', title, kind: 'work-report', outline: { title, sections: [] } });
const version = (n: number, current: boolean) => ({ version: n, current, addedAt: '2026-03-01T08:00:00.000Z' });

/** A main side with one document whose revisions the test imports; a file named "bad" is refused. */
function server() {
  let text = doc('Version 1');
  let versions = [version(1, true)];
  return fakeApi({
    'document.get': () => text,
    'document.versions': () => versions,
    'document.getVersion': ({ version: n }) => doc(`Version ${n}`),
    'document.importRevisionFile': ({ fileName }) => {
      if (fileName === 'bad.docx') throw new Refusal({ code: 'INVALID_INPUT', message: 'damaged or not a Word (.docx) file' });
      text = doc(`Version ${versions.length + 1}`);
      versions = [...versions.map((v) => ({ ...v, current: false })), version(versions.length + 1, true)];
      return { exact: 1, fuzzy: 0, orphaned: 0, version: versions.length } as never;
    },
  });
}

const file = (name: string) => new File(['text'], name);

describe('useDocumentVersions', () => {
  it('shows the new text and its version number together after an import, also after a refused one', async () => {
    const { client } = server();
    const errors: unknown[] = [];
    const { result } = renderHook(() => useDocumentVersions(doc('Version 1'), (e) => errors.push(e)), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.version).toBe(1));
    await act(async () => {
      await expect(result.current.importRevision(file('bad.docx'), 'i1')).rejects.toThrow('damaged');
    });
    await act(async () => {
      await expect(result.current.importRevision(file('revised.txt'), 'i2')).resolves.toMatchObject({ version: 2 });
    });
    expect(result.current.document.title).toBe('Version 2');
    expect(result.current.version).toBe(2);
    expect(errors).toEqual([]);
  });

  it('shows an older version once it is read, and the current one again on the way back', async () => {
    const { client } = server();
    const { result } = renderHook(() => useDocumentVersions(doc('Version 1'), () => undefined), { wrapper: providers(client) });
    await waitFor(() => expect(result.current.version).toBe(1));
    await act(() => result.current.importRevision(file('revised.txt'), 'i1'));
    await act(() => result.current.openVersion(1));
    await waitFor(() => expect(result.current.viewing?.document.title).toBe('Version 1'));
    act(() => result.current.backToCurrent());
    expect(result.current.viewing).toBeNull();
  });
});
