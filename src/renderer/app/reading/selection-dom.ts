import type { DocumentText } from '../../../shared/anchoring/document-text';
import { documentRangeBetween, locateInTextNodes, offsetInTextNodes, type DocumentRange, type ParagraphPoint } from './selection-offsets';

const PARAGRAPH = 'p[data-paragraph-id]';
const TEXT = '.para-text';
/** Past any paragraph's end: documentRangeBetween clamps it to the paragraph's length. */
const END = Number.MAX_SAFE_INTEGER;

/** The text nodes of a paragraph's `.para-text` (highlights split the text into several). */
export function textNodesOf(paragraph: Element): Text[] {
  const container = paragraph.querySelector(TEXT);
  if (!container) return [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The document-text offsets of the current selection inside `pane`, or null when it is empty,
 * only white space, or outside the report. Ends in citations, headings or between paragraphs are
 * clamped to the nearest paragraph text.
 */
export function selectionToDocumentRange(selection: Selection | null, pane: HTMLElement, documentText: DocumentText): DocumentRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.commonAncestorContainer)) return null;
  const paragraphs = [...pane.querySelectorAll<HTMLElement>(PARAGRAPH)];
  const indexOf = new Map(documentText.paragraphs.map((p, i) => [p.id, i]));
  const start = resolvePoint(range.startContainer, range.startOffset, 'start', paragraphs, indexOf);
  const end = resolvePoint(range.endContainer, range.endOffset, 'end', paragraphs, indexOf);
  if (!start || !end) return null;
  if (start.paragraphIndex > end.paragraphIndex) return null;
  return documentRangeBetween(documentText.paragraphs, documentText.text, start, end);
}

function resolvePoint(
  node: Node,
  offset: number,
  edge: 'start' | 'end',
  paragraphs: readonly HTMLElement[],
  indexOf: ReadonlyMap<string, number>,
): ParagraphPoint | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph) {
    const index = indexOf.get(paragraph.dataset.paragraphId ?? '');
    if (index === undefined) return null;
    const text = paragraph.querySelector(TEXT);
    const nodes = textNodesOf(paragraph);
    const length = nodes.reduce((sum, n) => sum + n.length, 0);
    if (text && text.contains(node)) {
      if (node instanceof Text)
        return {
          paragraphIndex: index,
          offset: offsetInTextNodes(
            nodes.map((n) => n.length),
            nodes.indexOf(node),
            offset,
          ),
        };
      // An element boundary inside the text: count the text before the child at `offset`.
      const child = node.childNodes[offset];
      const before = child
        ? nodes.filter((n) => child.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING)
        : nodes.filter((n) => node.contains(n));
      return { paragraphIndex: index, offset: before.reduce((sum, n) => sum + n.length, 0) };
    }
    // In the citation (before the text): a start clamps to this text's start, an end to the previous text's end.
    const atEnd = node === paragraph && offset >= paragraph.childNodes.length;
    if (atEnd) return { paragraphIndex: index, offset: length };
    if (edge === 'start' || index === 0) return { paragraphIndex: index, offset: 0 };
    return { paragraphIndex: index - 1, offset: END };
  }
  // Between paragraphs or in a heading: the next paragraph's start, or the previous paragraph's end.
  const probe = document.createRange();
  probe.setStart(node, offset);
  const following = paragraphs.findIndex((p) => probe.comparePoint(p, 0) >= 0);
  const target = edge === 'start' ? following : (following === -1 ? paragraphs.length : following) - 1;
  const chosen = paragraphs[target];
  if (!chosen) return null;
  const index = indexOf.get(chosen.dataset.paragraphId ?? '');
  if (index === undefined) return null;
  return { paragraphIndex: index, offset: edge === 'start' ? 0 : END };
}

/** A DOM Range over paragraph-text offsets [start, end) of one paragraph element. */
export function rangeInParagraph(paragraph: Element, start: number, end: number): Range | null {
  const nodes = textNodesOf(paragraph);
  if (nodes.length === 0) return null;
  const lengths = nodes.map((n) => n.length);
  const from = locateInTextNodes(lengths, start);
  const to = locateInTextNodes(lengths, end);
  const range = document.createRange();
  range.setStart(nodes[from.nodeIndex]!, from.offset);
  range.setEnd(nodes[to.nodeIndex]!, to.offset);
  return range;
}
