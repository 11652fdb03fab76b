import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

/**
 * Makes a real folder refuse new files, renames and deletions, like a read-only disk: for root
 * (who ignores permissions) the immutable attribute (`chattr +i`, on ext4 and most Linux file
 * systems), for anyone else a read-only mode. Answers the undo.
 */
export async function makeFolderUnwritable(folder: string): Promise<() => Promise<void>> {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', folder]);
    return async () => void execFileSync('chattr', ['-i', folder]);
  }
  await chmod(folder, 0o500);
  return () => chmod(folder, 0o700);
}
