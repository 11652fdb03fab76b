import type { DocumentSummary, HeadingOverridesInput, ReportDocument } from '../../shared/domain/document';
import { buildDocumentText, type DocumentText } from '../../shared/anchoring/document-text';
import type { Outline, Section } from '../../shared/domain/outline';
import { parseReport } from '../../shared/report/parse-report';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import type { StoredDocument } from '../storage/store-schema';
import { DamagedTextError, hashOfText } from '../storage/text-store';
import type { BundledReport } from './bundled-reports';
import { DomainError } from './domain-error';
import { PARSER_REVISION } from '../../shared/report/parser-revision';

/**
 * The library's documents as the other services need them (not an API namespace): the stored records,
 * their parsed outlines and anchoring texts, derived once per version.
 */
export interface Documents {
  /** Puts bundled reports into the library the first time the app starts with this store. */
  seedBundled(reports: readonly BundledReport[]): Promise<void>;
  list(): DocumentSummary[];
  get(documentId: string): ReportDocument;
  /** Throws NOT_FOUND unless the document is in the library. */
  require(documentId: string): StoredDocument;
  /** The text annotations anchor in (paragraphs joined), for the current version. */
  documentText(documentId: string): DocumentText;
  /** Parses any text the way documents are parsed (not cached: only the current versions' outlines are). */
  outlineOfText(text: string, overrides?: HeadingOverridesInput): Outline;
  /** A version's text by its name; a missing or damaged text file is a STORAGE error that says what to do. */
  readText(doc: StoredDocument, hash: string): string;
}

export function createDocuments({ store, texts, clock }: { store: Store; texts: LibraryTexts; clock: () => Date }): Documents {
  const readText = (doc: StoredDocument, hash: string): string => {
    try {
      return texts.read(hash);
    } catch (error) {
      if (!(error instanceof DamagedTextError)) throw error;
      const key = error.problem === 'missing' ? 'document.textMissing' : 'document.textDamaged';
      throw new DomainError('STORAGE', key, { title: doc.title, path: error.path });
    }
  };
  // Outlines and document texts are derived from the stored text; keep the last ones per document.
  type Derived = { textHash: string; overrides: StoredDocument['headingOverrides']; outline: Outline; documentText?: DocumentText };
  const derived = new Map<string, Derived>();
  const derivedOf = (doc: StoredDocument): Derived => {
    const cached = derived.get(doc.id);
    // A revised version, or a restored backup (new override objects), parses again.
    if (cached?.textHash === doc.textHash && cached.overrides === doc.headingOverrides) return cached;
    const outline = parseReport(readText(doc, doc.textHash), { overrides: doc.headingOverrides });
    const fresh = { textHash: doc.textHash, overrides: doc.headingOverrides, outline };
    derived.set(doc.id, fresh);
    return fresh;
  };
  const outlineOf = (doc: StoredDocument): Outline => derivedOf(doc).outline;

  const requireDocument = (documentId: string): StoredDocument => {
    const doc = store.data.documents.find((d) => d.id === documentId && d.removedAt === null);
    if (!doc) throw new DomainError('NOT_FOUND', 'document.notInLibrary', { documentId });
    return doc;
  };

  return {
    async seedBundled(reports) {
      // A bundled report's text file lost with its folder (a deleted data folder) comes back from the bundle.
      for (const report of reports) {
        const doc = store.data.documents.find((d) => d.id === report.id);
        if (doc && !(await texts.files.has(doc.textHash)) && hashOfText(report.text) === doc.textHash) await texts.put(report.text);
      }
      const missing = reports.filter((r) => !store.data.seededBundles.includes(r.id));
      if (missing.length === 0) return;
      const addedAt = clock().toISOString();
      const hashes = new Map<string, string>();
      for (const report of missing) hashes.set(report.id, await texts.put(report.text));
      await store.update((data) => {
        for (const report of missing) {
          data.seededBundles.push(report.id);
          if (data.documents.some((d) => d.id === report.id)) continue;
          const title = parseReport(report.text).title;
          data.documents.push({
            id: report.id,
            title,
            kind: report.kind,
            origin: 'bundled',
            textHash: hashes.get(report.id)!,
            addedAt,
            previousVersions: [],
            removedAt: null,
            headingOverrides: { promote: [], demote: [] },
            parserRevision: PARSER_REVISION,
          });
        }
      });
    },
    list: () =>
      store.data.documents
        .filter((doc) => doc.removedAt === null)
        .map((doc) => ({
          id: doc.id,
          title: doc.title,
          kind: doc.kind,
          origin: doc.origin,
          addedAt: doc.addedAt,
          paragraphCount: countParagraphs(outlineOf(doc).sections),
          annotationCount: store.data.annotations.filter((a) => a.documentId === doc.id && a.deletedAt === null).length,
        })),
    get(documentId) {
      const doc = requireDocument(documentId);
      return { id: doc.id, title: doc.title, kind: doc.kind, outline: outlineOf(doc) };
    },
    require: requireDocument,
    documentText(documentId) {
      const entry = derivedOf(requireDocument(documentId));
      entry.documentText ??= buildDocumentText(entry.outline);
      return entry.documentText;
    },
    outlineOfText: (text, overrides) => parseReport(text, { overrides }),
    readText,
  };
}

function countParagraphs(sections: readonly Section[]): number {
  return sections.reduce((sum, s) => sum + s.paragraphs.length + countParagraphs(s.children), 0);
}
