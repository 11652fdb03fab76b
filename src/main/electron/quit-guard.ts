import { dialog } from 'electron';
import type { StorageHealth } from '../../shared/domain/storage-health';

/** True when quitting loses nothing, or the deputy chose to quit although changes are not on disk. */
export function confirmQuitDespiteUnsavedChanges(health: StorageHealth): boolean {
  if (health.ok) return true;
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Keep Deputy Desk open', 'Quit and lose the unsaved changes'],
    defaultId: 0,
    cancelId: 0,
    title: 'Changes not saved',
    message: 'Some changes could not be saved to disk.',
    detail: `Reason: ${health.problem ?? 'unknown'}. Deputy Desk keeps retrying while it is open. Fix the problem (for example free disk space), then quit.`,
  });
  return choice === 1;
}
