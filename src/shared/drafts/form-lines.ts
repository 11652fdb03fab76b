/**
 * A proposal's header block as lines: "label：value" fields two to a line where both fit in half the
 * text block (the second starts at its middle), else one to a line. The DOCX and the print sheet set
 * the same lines, so the rule under the block falls at the same height on both.
 */

/** Rough width in ems: CJK characters take a full em, others about half. */
function roughEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5;
  return ems;
}

/** The fields' lines; `halfEms` is how many ems of the body text half the block holds, less one for the gap. */
export function pairFormLines(fields: readonly string[], halfEms: number): string[][] {
  const lines: string[][] = [];
  for (let i = 0; i < fields.length; i++) {
    const first = fields[i] ?? '';
    const second = fields[i + 1];
    if (second !== undefined && roughEms(first) < halfEms && roughEms(second) < halfEms) {
      lines.push([first, second]);
      i++;
    } else lines.push([first]);
  }
  return lines;
}
