import { useMemo, useState } from 'react';
import { buildReaderTree } from '../app/reading/section-tree';
import { DocumentPicker } from './DocumentPicker';
import { ParagraphPicker } from './ParagraphPicker';
import type { LibraryDocument } from './useLibraryDocuments';

interface DocumentParagraphPickerProps {
  /** The library's documents (at least the one open in the reader). */
  documents: readonly LibraryDocument[];
  /** The document shown until the deputy chooses one (it follows the documents as they load); the first when absent. */
  defaultDocumentId?: string | null;
  /** The paragraphs linked already, of any document. */
  links: readonly { documentId: string; paragraphId: string }[];
  onToggle: (document: LibraryDocument, paragraphId: string, link: boolean) => void;
}

/** A document chooser and the chosen document's paragraphs: a press links or unlinks one. */
export function DocumentParagraphPicker({ documents, defaultDocumentId, links, onToggle }: DocumentParagraphPickerProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = documents.find((d) => d.summary.id === chosen) ?? documents.find((d) => d.summary.id === defaultDocumentId) ?? documents[0];
  const tree = useMemo(() => (shown ? buildReaderTree(shown.report.outline.sections) : []), [shown]);
  const shownId = shown?.summary.id;
  const linked = useMemo(() => new Set(links.filter((l) => l.documentId === shownId).map((l) => l.paragraphId)), [links, shownId]);
  if (!shown) return null;
  return (
    <>
      <DocumentPicker
        documents={documents.map((d) => ({ id: d.summary.id, title: d.summary.title }))}
        value={shown.summary.id}
        onChange={setChosen}
      />
      <ParagraphPicker
        key={shown.summary.id}
        tree={tree}
        linked={linked}
        onToggle={(paragraphId, link) => onToggle(shown, paragraphId, link)}
      />
    </>
  );
}
