import { useCallback, useMemo } from 'react';
import type { DocumentText } from '../../shared/anchoring/document-text';
import type { ReportDocument } from '../../shared/domain/document';
import type { Paragraph, Section } from '../../shared/domain/outline';
import { buildReaderTree, flattenOutline, outlineEntries, paragraphSectionPaths } from './reading/section-tree';

/** The open report's outline as the panels use it: its sections, and each paragraph's section and citation. */
export function useReportOutline(report: ReportDocument, documentText: DocumentText) {
  const tree = useMemo(() => buildReaderTree(report.outline.sections), [report]);
  const sections = useMemo(() => flattenOutline(outlineEntries(tree)), [tree]);
  const sectionPaths = useMemo(() => paragraphSectionPaths(tree), [tree]);
  const citations = useMemo(() => new Map(documentText.paragraphs.map((p) => [p.id, p.citation])), [documentText]);
  const sectionOf = useCallback((id: string) => sectionPaths.get(id), [sectionPaths]);
  const citationOf = useCallback((id: string) => citations.get(id) ?? '', [citations]);
  return { sections, citations, sectionOf, citationOf };
}

/** Every paragraph of a report in reading order. */
export function flattenParagraphs(report: ReportDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      out.push(...section.paragraphs);
      visit(section.children);
    }
  };
  visit(report.outline.sections);
  return out;
}
