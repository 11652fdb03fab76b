/**
 * Post-pass that detects a part's closing paragraphs printed after its last numbered item.
 *
 * When every item of a list is a single inline paragraph ("1. We did X. We continued…" with no
 * paragraph of its own after it), paragraphs after the last item's inline body cannot be that
 * item's: they are moved to the parent's closing block (label null, heading ""), created after
 * the last item if a salutation did not already create one.
 */
import { newDraft } from './draft-section';
import type { DraftSection } from './draft-section';

function isSingleInline(item: DraftSection): boolean {
  return item.inlineBody && item.paragraphs.length === 1 && item.children.length === 0;
}

function moveTrailingParagraphs(parent: DraftSection): void {
  const items = parent.children.filter((c) => c.kind === 'item');
  const last = items[items.length - 1];
  if (last === undefined || items.length < 2) return;
  if (!last.inlineBody || last.paragraphs.length < 2 || last.children.length > 0) return;
  if (!items.slice(0, -1).every((item) => item.style === last.style && isSingleInline(item))) return;

  const trailing = last.paragraphs.splice(1);
  const lastIndex = parent.children.indexOf(last);
  const after = parent.children[lastIndex + 1];
  if (after?.kind === 'closing') {
    after.paragraphs.unshift(...trailing);
  } else {
    const closing = newDraft('closing', last.level);
    closing.paragraphs.push(...trailing);
    parent.children.splice(lastIndex + 1, 0, closing);
  }
}

/** Applies the closing-paragraph rule to every section of the tree (in place). */
export function extractClosingParagraphs(section: DraftSection): void {
  moveTrailingParagraphs(section);
  for (const child of section.children) extractClosingParagraphs(child);
}
