/**
 * Re-anchors annotations when the report parser reads texts differently than when they were made
 * (src/shared/report/parser-revision.ts): annotation offsets are offsets in the parsed text, so a
 * line that stops being a paragraph ("Release date:…") or a normalised title moves everything after
 * it. For each document read with an earlier revision, the text is parsed both ways and every
 * annotation (deleted ones too, for undo) is placed on today's reading with the re-anchoring of
 * revised versions, the old reading giving the expected positions; the reading position and a
 * title that was the old reading's title follow. One store change per start, nothing when all
 * documents are current.
 */
import { buildDocumentText, paragraphIndexAt, type DocumentText } from '../../shared/anchoring/document-text';
import { reanchorAll } from '../../shared/anchoring/reanchor-batch';
import { AnnotationSchema, type Annotation } from '../../shared/domain/annotation';
import { parseReport } from '../../shared/report/parse-report';
import { PARSER_REVISION } from '../../shared/report/parser-revision';
import type { LibraryTexts } from '../storage/library-texts';
import type { Store } from '../storage/store';
import type { StoredDocument } from '../storage/store-schema';
import { storedRecord } from '../storage/stored-record';

interface Upgrade {
  documentId: string;
  title: string | null;
  annotations: Map<string, Annotation>;
  readingParagraph: Map<string, string>;
}

/** Where the paragraph that began at `start` in the old reading begins now (the one after it, if it is gone). */
function paragraphMap(previous: DocumentText, next: DocumentText, moved: (offset: number) => number | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const paragraph of previous.paragraphs) {
    const at = moved(paragraph.start);
    const now = at === null ? undefined : next.paragraphs[paragraphIndexAt(next.paragraphs, at)];
    if (now) map.set(paragraph.id, now.id);
  }
  return map;
}

function planUpgrade(doc: StoredDocument, text: string, annotations: readonly Annotation[]): Upgrade {
  const overrides = doc.headingOverrides;
  const oldOutline = parseReport(text, { overrides, revision: doc.parserRevision });
  const newOutline = parseReport(text, { overrides });
  const title = doc.title === oldOutline.title && newOutline.title !== oldOutline.title ? newOutline.title : null;
  const previous = buildDocumentText(oldOutline);
  const next = buildDocumentText(newOutline);
  const upgrade: Upgrade = { documentId: doc.id, title, annotations: new Map(), readingParagraph: new Map() };
  if (previous.text === next.text) return upgrade;
  const own = annotations.filter((a) => a.documentId === doc.id);
  const placed = reanchorAll({ targets: own.map((a) => a.target), previous, next });
  own.forEach((annotation, i) => {
    const { status, target } = placed[i]!;
    upgrade.annotations.set(annotation.id, storedRecord(AnnotationSchema, { ...annotation, status, target }));
  });
  // A paragraph start is found again as a one-character passage would be: by the same re-anchoring.
  upgrade.readingParagraph = paragraphMap(previous, next, (offset) => {
    const probe = previous.text.slice(offset, offset + Math.min(32, previous.text.length - offset));
    if (probe === '') return null;
    const [result] = reanchorAll({
      targets: [
        { paragraphId: '', position: { start: offset, end: offset + probe.length }, quote: { exact: probe, prefix: '', suffix: '' } },
      ],
      previous,
      next,
    });
    return result && result.status !== 'orphaned' ? result.target.position.start : null;
  });
  return upgrade;
}

/**
 * Brings every document to the current parser revision (see the file comment). `readText` may
 * throw for a document whose text is missing: that document is left for the next start.
 */
export async function upgradeParsedDocuments(store: Store, texts: Pick<LibraryTexts, 'read'>): Promise<number> {
  const upgrades: Upgrade[] = [];
  for (const doc of store.data.documents) {
    if (doc.parserRevision >= PARSER_REVISION) continue;
    let text: string;
    try {
      text = texts.read(doc.textHash);
    } catch {
      continue;
    }
    upgrades.push(planUpgrade(doc, text, store.data.annotations));
  }
  if (upgrades.length === 0) return 0;
  await store.update((data) => {
    for (const upgrade of upgrades) {
      const doc = data.documents.find((d) => d.id === upgrade.documentId);
      if (!doc) continue;
      doc.parserRevision = PARSER_REVISION;
      if (upgrade.title !== null) doc.title = upgrade.title;
      const position = data.readingPositions[doc.id];
      const paragraphId = position && upgrade.readingParagraph.get(position.paragraphId);
      if (position && paragraphId) data.readingPositions[doc.id] = { ...position, paragraphId };
    }
    const replaced = new Map(upgrades.flatMap((u) => [...u.annotations]));
    if (replaced.size > 0) data.annotations = data.annotations.map((a) => replaced.get(a.id) ?? a);
  });
  return upgrades.length;
}
