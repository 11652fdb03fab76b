import type { DocumentSummary, ReadingPosition } from '../../shared/domain/document';
import type { ApiClient } from '../api/client';

/**
 * The document the reader opens on start: the one read last (the latest saved reading position;
 * opening a document from the library saves one), else the first of the library.
 */
export function pickStartDocument(library: readonly DocumentSummary[], positions: readonly (ReadingPosition | null)[]): DocumentSummary | undefined {
  let best: { doc: DocumentSummary; at: string } | null = null;
  for (const [index, doc] of library.entries()) {
    const at = positions[index]?.updatedAt;
    if (at !== undefined && (best === null || at > best.at)) best = { doc, at };
  }
  return best?.doc ?? library[0];
}

export async function chooseStartDocument(api: ApiClient, library: readonly DocumentSummary[]): Promise<DocumentSummary | undefined> {
  if (library.length <= 1) return library[0];
  const positions = await Promise.all(
    library.map((doc) => api.call('reading.getPosition', { documentId: doc.id }).catch(() => null)),
  );
  return pickStartDocument(library, positions);
}
