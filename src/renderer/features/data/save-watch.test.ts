import { describe, expect, it, vi } from 'vitest';
import { ApiCallError, createApiClient } from '../../api/client';
import { createSaveWatch, isSavingCall } from './save-watch';

describe('save watch', () => {
  it('knows which calls write the store', () => {
    expect(isSavingCall('annotation.create')).toBe(true);
    expect(isSavingCall('draft.update')).toBe(true);
    expect(isSavingCall('reading.setPosition')).toBe(true);
    expect(isSavingCall('data.restoreBackup')).toBe(true);
    expect(isSavingCall('app.health')).toBe(false);
    expect(isSavingCall('document.get')).toBe(false);
    expect(isSavingCall('reading.getPosition')).toBe(false);
    expect(isSavingCall('draft.exportDocx')).toBe(false);
    expect(isSavingCall('vote.agenda')).toBe(false);
    expect(isSavingCall('data.chooseBackupFile')).toBe(false);
  });

  it('does not take following or cancelling an import for a change to the data', () => {
    // Their names say nothing about reading; the contract says they change nothing stored.
    expect(isSavingCall('library.importProgress')).toBe(false);
    expect(isSavingCall('library.cancelImport')).toBe(false);
    expect(isSavingCall('app.dismissNotice')).toBe(true);
    expect(isSavingCall('vote.clearMarks')).toBe(true);
  });

  it('keeps the web host upload of a backup file (restore streams the file through it)', async () => {
    const upload = vi.fn(async () => ({ ok: true as const, data: { fileId: 'f-1', fileName: 'backup.zip' } }));
    const client = createSaveWatch().watch(createApiClient(vi.fn(), upload));
    await expect(client.upload?.(new Blob(['PK']), 'backup.zip')).resolves.toEqual({ fileId: 'f-1', fileName: 'backup.zip' });
  });

  it('tells listeners after a saving call succeeds, and passes results and errors through', async () => {
    const transport = vi.fn(async (method: string) =>
      method === 'draft.delete'
        ? { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'gone' } }
        : { ok: true as const, data: { method } },
    );
    const { watch, subscribe } = createSaveWatch();
    const client = watch(createApiClient(transport));
    const heard: string[] = [];
    const unsubscribe = subscribe((method) => heard.push(method));

    await expect(client.call('annotation.delete', { annotationId: 'a-1' })).resolves.toEqual({ method: 'annotation.delete' });
    await expect(client.call('draft.delete', { draftId: 'd-123456' })).rejects.toBeInstanceOf(ApiCallError);
    await client.call('app.health', {});
    await Promise.resolve();
    expect(heard).toEqual(['annotation.delete']);
    expect(transport).toHaveBeenCalledWith('annotation.delete', { annotationId: 'a-1' });

    unsubscribe();
    await client.call('annotation.delete', { annotationId: 'a-2' });
    await Promise.resolve();
    expect(heard).toHaveLength(1);
  });
});
