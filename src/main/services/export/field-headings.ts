/**
 * Sub-headings a deputy types inside a text field ("（一）法律依据。…", "1.现状"), set as GB/T 9704 sets
 * them: a line of its own becomes a heading paragraph (（一） 楷体, level 2; 1. / （1） 仿宋, level 3) with its
 * outline level; a heading run in ahead of text ("（一）法律依据。《…》规定…") opens the body paragraph in
 * the heading's face, up to its full stop, as 公文 do. Chinese numbering only: English drafts have no
 * such convention that could be told from an ordinary numbered sentence.
 */
import type { Paragraph } from 'docx';
import type { Typography } from './official-layout';
import { bodyParagraph, headingParagraph } from './official-blocks';
import { splitParagraphs } from './xml-text';

const LEVEL_2 = /^[（(][一二三四五六七八九十]+[）)]/u;
const LEVEL_3 = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])/u;
/** A heading line is short and has no sentence inside it; a run-in heading ends at the first full stop. */
const HEADING_MAX = 30;

function headingLevel(paragraph: string): 2 | 3 | null {
  if (LEVEL_2.test(paragraph)) return 2;
  if (LEVEL_3.test(paragraph)) return 3;
  return null;
}

/** The paragraphs of a reasons or basis field, with its sub-headings recognised. */
export function fieldParagraphs(t: Typography, text: string, keepLastWithNext: boolean): Paragraph[] {
  const paragraphs = splitParagraphs(text);
  return paragraphs.map((p, i) => {
    const keepWithNext = keepLastWithNext && i === paragraphs.length - 1;
    const level = t.language === 'zh-CN' ? headingLevel(p) : null;
    if (level === null) return bodyParagraph(t, p, { keepWithNext });
    const stop = p.indexOf('。');
    const headingOnly = Array.from(p).length <= HEADING_MAX && (stop === -1 || stop === p.length - 1);
    if (headingOnly && !keepWithNext) return headingParagraph(t, p, level);
    if (stop === -1 || stop === p.length - 1 || stop + 1 > HEADING_MAX) return bodyParagraph(t, p, { keepWithNext });
    const style = level === 2 ? t.heading2 : t.body;
    return bodyParagraph(t, p.slice(stop + 1), { keepWithNext, leadIn: { text: p.slice(0, stop + 1), style } });
  });
}
