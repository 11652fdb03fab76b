import type { Store } from './store';
import type { StoreData } from './store-schema';
import type { TextStore } from './text-store';

/**
 * The documents' texts as the services see them: by name (hash), from `texts/` or, for a store
 * just migrated or restored from an older format, from the texts still held inline.
 */
export interface LibraryTexts {
  /** The text with this name; throws DamagedTextError when its file is missing or damaged. */
  read(hash: string): string;
  /** Stores a text durably (before the store references it) and answers its name. */
  put(text: string): Promise<string>;
  readonly files: TextStore;
}

export function createLibraryTexts(store: Store, files: TextStore): LibraryTexts {
  return {
    read: (hash) => store.data.inlineTexts?.[hash] ?? files.read(hash),
    put: (text) => files.put(text),
    files,
  };
}

/** Every text name the data refers to: current and earlier versions of every document, removed ones included. */
export function referencedTextHashes(data: Pick<StoreData, 'documents'>): Set<string> {
  const hashes = new Set<string>();
  for (const doc of data.documents) {
    hashes.add(doc.textHash);
    for (const version of doc.previousVersions) hashes.add(version.textHash);
  }
  return hashes;
}

/** The current versions of the documents in the library (not in the bin): the texts to keep at hand. */
export function currentTextHashes(data: Pick<StoreData, 'documents'>): string[] {
  return data.documents.filter((doc) => doc.removedAt === null).map((doc) => doc.textHash);
}

/** Which document versions these text names are: a document's versions count from 1, the current one last. */
export function versionsOfTexts(data: Pick<StoreData, 'documents'>, hashes: ReadonlySet<string>) {
  return data.documents.flatMap((doc) => {
    const versions = [...doc.previousVersions.map((v) => v.textHash), doc.textHash];
    return versions.flatMap((hash, i) =>
      hashes.has(hash) ? [{ title: doc.title.slice(0, 300), version: i + 1, current: i === versions.length - 1 }] : [],
    );
  });
}

/**
 * Writes texts still held inline (after a migration or a restore of an old-format file) to their
 * files, then drops them from the store file. The files are durable before the store stops
 * holding the texts, so a crash in between loses nothing.
 */
export async function moveInlineTexts(store: Store, files: TextStore): Promise<number> {
  const inline = store.data.inlineTexts;
  if (!inline) return 0;
  const entries = Object.entries(inline);
  for (const [, text] of entries) await files.put(text);
  await store.update((data) => {
    delete data.inlineTexts;
  });
  return entries.length;
}
