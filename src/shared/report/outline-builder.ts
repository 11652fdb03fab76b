/**
 * Builds the section tree from logical lines with a stack of open sections (one pass, O(lines)).
 *
 * Rules:
 * - "I." / "一、" open level-1 parts; "# " Markdown headings open a section at their depth.
 * - Other numberings ("1.", "（一）", "（1）") open a child of the deepest open section, at its
 *   level + 1. A number is only accepted when it is the expected next one for its parent: a list
 *   starts at 1 and continues with +1 ("3." after "1." is a paragraph). A new part resets its lists.
 * - Unnumbered headings (see isPlainHeading) are level-1 sections with label null; they are only
 *   looked for when the document has no numbered parts and no Markdown headings.
 * - A salutation ("Fellow deputies, …", "各位代表") inside an item closes all open items and starts
 *   the enclosing part's closing block: a child with label null and heading "" at the items' level.
 *   Closing blocks take the following paragraphs until the next heading and never get items.
 * - Text before the first heading is the preamble (label null, heading "", level 1).
 */
import { newDraft } from './draft-section';
import type { DraftSection } from './draft-section';
import { isPartStyle, matchMarkdownHeading, matchNumbering } from './heading-patterns';
import type { Numbering } from './heading-patterns';
import { endsWithColon, introducesList, isBodyParagraph, isPlainHeadingCandidate, isSalutation } from './line-kinds';
import { splitHeadingBody } from './sentences';

export interface BuildOptions {
  /** Index of the line used as the title: never an unnumbered heading. -1 if none. */
  titleIndex: number;
  overrides?: HeadingOverrides;
}

/**
 * The deputy's corrections where detection guessed wrong: lines (paragraph texts) to make headings,
 * at part (1) or item (2) level, and headings (as shown) to read as ordinary paragraphs.
 */
export interface HeadingOverrides {
  promote?: readonly { text: string; level: 1 | 2 }[];
  demote?: readonly string[];
}

/** True when the document has explicit level-1 structure, which disables unnumbered headings. */
function hasExplicitParts(lines: readonly string[]): boolean {
  for (const line of lines) {
    if (matchMarkdownHeading(line) !== null) return true;
    const num = matchNumbering(line);
    if (num !== null && isPartStyle(num.style) && num.value === 1) return true;
  }
  return false;
}

/**
 * An unnumbered heading must be followed by running text: a body paragraph, or a numbered item.
 * A colon line before an item is a heading ("Major tasks for 2024:", "主要任务：") unless it reads as
 * a clause introducing the list ("We did the following:").
 */
function isPlainHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (line === undefined || next === undefined || !isPlainHeadingCandidate(line)) return false;
  if (matchNumbering(next) !== null) return !endsWithColon(line) || !introducesList(line);
  return isBodyParagraph(next);
}

class OutlineBuilder {
  readonly root = newDraft('root', 0);
  private readonly stack: DraftSection[] = [];
  private preamble: DraftSection | null = null;

  private top(): DraftSection | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  private parentAt(index: number): DraftSection {
    return index > 0 ? (this.stack[index - 1] ?? this.root) : this.root;
  }

  private open(parent: DraftSection, section: DraftSection): void {
    parent.children.push(section);
    this.stack.push(section);
  }

  private openNumbered(parent: DraftSection, num: Numbering): void {
    const { heading, body } = splitHeadingBody(num.rest);
    const kind = isPartStyle(num.style) ? 'part' : 'item';
    const section = newDraft(kind, parent.level + 1, { style: num.style, label: num.label, heading });
    if (body !== null) {
      section.paragraphs.push(body);
      section.inlineBody = true;
    }
    parent.lastValue.set(num.style, num.value);
    this.open(parent, section);
  }

  private expects(parent: DraftSection, num: Numbering): boolean {
    return (parent.lastValue.get(num.style) ?? 0) + 1 === num.value;
  }

  /**
   * Where `num` would open a section: its parent, and how many frames of the stack stay open.
   * Null when the number is out of sequence (the line is then a paragraph).
   */
  private place(num: Numbering): { parent: DraftSection; keep: number } | null {
    if (isPartStyle(num.style)) return this.expects(this.root, num) ? { parent: this.root, keep: 0 } : null;
    // Next sibling of an open list?
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const frame = this.stack[k];
      if (frame?.kind !== 'item' || frame.style !== num.style) continue;
      const parent = this.parentAt(k);
      return this.expects(parent, num) ? { parent, keep: k } : null;
    }
    // First item of a new list under the deepest open section (closing blocks have no items;
    // an unnumbered item the deputy promoted, or the text after a demoted heading, gets
    // numbered siblings, not children).
    const top = this.top();
    const keep =
      top !== null && ((top.kind === 'item' && top.style === null) || top.kind === 'continued') ? this.stack.length - 1 : this.stack.length;
    const parent = this.stack[keep - 1] ?? this.root;
    return parent.kind !== 'closing' && this.expects(parent, num) ? { parent, keep } : null;
  }

  /** Opens a section for `num` if it is in sequence; false means "treat the line as a paragraph". */
  tryNumbered(num: Numbering): boolean {
    const at = this.place(num);
    if (at === null) return false;
    this.stack.length = at.keep;
    this.openNumbered(at.parent, num);
    return true;
  }

  /**
   * A numbered heading the deputy made a paragraph: only that line changes. Its number still
   * counts in its list (the next sibling stays a heading), and the line with the text after it
   * reads in place as paragraphs of the enclosing section — for a part, of the part before it,
   * whose lists may then start again (the demoted part's own items stay items).
   */
  demoted(line: string): void {
    const num = matchNumbering(line);
    const at = num === null ? null : this.place(num);
    if (num === null || at === null) {
      this.paragraph(line);
      return;
    }
    at.parent.lastValue.set(num.style, num.value);
    let host = at.parent;
    let keep = at.keep;
    if (isPartStyle(num.style)) {
      const part = this.stack[0];
      if (part === undefined) {
        this.paragraph(line);
        return;
      }
      part.lastValue.clear();
      host = part;
      keep = 1;
    }
    this.stack.length = keep;
    if (host.children.length > 0) this.open(host, newDraft('continued', host.level + 1));
    (this.top() ?? host).paragraphs.push(line);
  }

  markdown(depth: number, text: string): void {
    while ((this.top()?.level ?? 0) >= depth) this.stack.pop();
    const num = matchNumbering(text);
    const section = newDraft('markdown', depth, {
      label: num?.label ?? null,
      heading: num?.rest ?? text,
    });
    this.open(this.top() ?? this.root, section);
  }

  plainHeading(text: string): void {
    this.stack.length = 0;
    this.open(this.root, newDraft('plain', 1, { heading: text }));
  }

  /** A heading the deputy asked for: a part, or an item under the current part. */
  promoted(text: string, level: 1 | 2): void {
    const num = matchNumbering(text);
    // A numbered line at its own level reads as detection would read it (promote undoes demote).
    if (num !== null && isPartStyle(num.style) === (level === 1) && this.tryNumbered(num)) return;
    if (num !== null && level === 1 && isPartStyle(num.style)) this.root.lastValue.set(num.style, num.value);
    const fields = { label: num?.label ?? null, heading: num?.rest ?? text };
    if (level === 1 || this.stack.length === 0) {
      this.stack.length = 0;
      this.open(this.root, newDraft('plain', 1, fields));
      return;
    }
    // An unnumbered item (style null): numbered items that follow are its siblings, not its children.
    this.stack.length = 1;
    this.open(this.stack[0]!, newDraft('item', this.stack[0]!.level + 1, fields));
  }

  paragraph(text: string): void {
    let target = this.top();
    if (target === null) {
      if (this.preamble === null) {
        this.preamble = newDraft('preamble', 1);
        this.root.children.push(this.preamble);
      }
      target = this.preamble;
    } else if (target.kind === 'item' && isSalutation(text)) {
      // The salutation addresses the whole part: close every open item, not just the innermost.
      while (this.top()?.kind === 'item') this.stack.pop();
      const parent = this.top() ?? this.root;
      const closing = newDraft('closing', parent.level + 1);
      this.open(parent, closing);
      target = closing;
    }
    target.paragraphs.push(text);
  }
}

/** True when the line would make a heading the deputy turned back into a paragraph. */
export function isDemoted(line: string, demote: ReadonlySet<string>): boolean {
  if (demote.has(line)) return true;
  const md = matchMarkdownHeading(line);
  if (md !== null) return demote.has(md.text) || demote.has(matchNumbering(md.text)?.rest ?? '');
  const num = matchNumbering(line);
  return num !== null && (demote.has(num.rest) || demote.has(splitHeadingBody(num.rest).heading));
}

/** Builds the draft tree; the returned root's children are the top-level sections. */
export function buildDraftOutline(lines: readonly string[], options: BuildOptions): DraftSection {
  const builder = new OutlineBuilder();
  const plainHeadings = !hasExplicitParts(lines);
  const promote = new Map((options.overrides?.promote ?? []).map((p) => [p.text, p.level]));
  const demote = new Set(options.overrides?.demote ?? []);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const promotedLevel = promote.get(line);
    if (promotedLevel !== undefined && i !== options.titleIndex) {
      builder.promoted(line, promotedLevel);
      continue;
    }
    if (demote.size > 0 && isDemoted(line, demote)) {
      builder.demoted(line);
      continue;
    }
    const md = matchMarkdownHeading(line);
    if (md !== null) {
      builder.markdown(md.depth, md.text);
      continue;
    }
    const num = matchNumbering(line);
    if (num !== null && builder.tryNumbered(num)) continue;
    if (plainHeadings && i !== options.titleIndex && isPlainHeading(lines, i)) {
      builder.plainHeading(line);
      continue;
    }
    builder.paragraph(line);
  }
  return builder.root;
}
