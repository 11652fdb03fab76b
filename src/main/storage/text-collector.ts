import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { referencedTextHashes } from './library-texts';
import type { StoreData } from './store-schema';
import type { TextStore } from './text-store';

const NAMED_TEXT = /"textHash":"([0-9a-f]{64})"/g;

/**
 * Deletes the text files nothing needs any more: not named by the store, nor by any file kept in
 * the backups folder (rolling backups and the copies kept before a restore), so that every kept
 * backup can still be restored whole. Answers how many files went.
 */
export async function removeUnusedTexts(
  data: () => Pick<StoreData, 'documents'>,
  files: TextStore,
  backupsFolder: string,
): Promise<number> {
  const inBackups = new Set<string>();
  const names = await readdir(backupsFolder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const text = await readFile(join(backupsFolder, name), 'utf8').catch(() => '');
    for (const match of text.matchAll(NAMED_TEXT)) inBackups.add(match[1]!);
  }
  return files.removeAllBut(() => new Set([...referencedTextHashes(data()), ...inBackups]));
}
