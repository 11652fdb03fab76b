/**
 * Figures and targets (DESIGN.md F2): every quantity of the report's paragraphs, with its
 * sentence, section and whether it is a result or a target. One pass over the paragraphs; each
 * paragraph is split into sentences once and each sentence scanned by a fixed set of bounded
 * regexes, so the work is linear in the text length.
 *
 * What counts (see patterns.ts and count-phrase.ts for the exact rules):
 * - percentages ("6.3%", "6%–7%", "6-7 percent", "2.8 percentage points", "增长6.3%");
 * - money with a currency ("706.25 billion yuan", "US$100 million", "USD 3.01 billion", "7062.5亿元");
 * - counts: a number followed by a counted noun ("45 pilot reform projects", "12.44 million
 *   people", "2,000 km", "31,000 children"), or a bare number after a measuring verb ("totaled 116,000");
 * - rankings after a ranking verb ("ranking third in Zhejiang", "ranked first"), "top 10",
 *   "No. 1 among …", "居全省第三";
 * - streaks ("for the fifth consecutive year", "for 20 consecutive years", "连续5年").
 * Not figures: years ("2023", "by 2025"), dates and times, Roman numerals and grades ("Grade
 * III"), ordinal names ("the 20th National Congress", "the 10th Jiaxing Games"), named programmes
 * ("No. 1 Development Project", "Ten Major Projects", anything in double quotes or right after
 * an opening quote), codes glued to letters ("G60", "135N"), denominators ("per 10,000
 * employees"), list markers, hyphenated descriptors ("15-minute walks"), and cardinal words
 * outside money ("six industries").
 */
import type { Outline, Paragraph, Section } from '../domain/outline';
import { citationLabel } from '../report/citation';
import type { Figure, FigureDirection, FigureTemporal } from './figure';
import { findDirection, findQualifier } from './figure-context';
import { matchQuantities } from './match-quantities';
import { splitSentences } from '../report/sentences';
import { classifySentence, introducesTargets, partPrior } from './temporal';

interface PartContext {
  partLabel: string | null;
  prior: FigureTemporal;
}

/** "II.9 ¶3" → "II.9"; "¶2" → "". */
function sectionPathOf(citation: string): string {
  const mark = citation.lastIndexOf('¶');
  return (mark < 0 ? citation : citation.slice(0, mark)).trim();
}

function paragraphFigures(paragraph: Paragraph, part: PartContext, out: Figure[]): void {
  const sectionPath = sectionPathOf(paragraph.citation);
  let inTargetsBlock = false;
  for (const sentence of splitSentences(paragraph.text)) {
    const quantities = matchQuantities(sentence.text);
    inTargetsBlock ||= introducesTargets(sentence.text);
    if (quantities.length === 0) continue;
    const temporal = classifySentence(sentence.text, part.prior, inTargetsBlock);
    let previous: { end: number; direction: FigureDirection | null } | null = null;
    for (const q of quantities) {
      const changeable = q.kind === 'percentage' || q.kind === 'money';
      const direction: FigureDirection | null = changeable ? findDirection(sentence.text, q.start, previous) : null;
      const negative = q.value !== null && q.value < 0;
      const start = sentence.start + q.start;
      const qualified = q.kind === 'ranking' || q.kind === 'streak' ? null : findQualifier(sentence.text, q.start, q.end);
      const phraseStart = qualified?.start ?? q.start;
      const phraseEnd = qualified?.end ?? q.end;
      out.push({
        id: `${paragraph.id}:${start}`,
        paragraphId: paragraph.id,
        citation: paragraph.citation,
        sectionPath,
        partLabel: part.partLabel,
        start,
        end: sentence.start + q.end,
        text: sentence.text.slice(q.start, q.end),
        kind: q.kind,
        value: q.value,
        unit: q.unit,
        qualifier: qualified?.qualifier ?? null,
        phrase: sentence.text.slice(phraseStart, phraseEnd),
        phraseStart: sentence.start + phraseStart,
        phraseEnd: sentence.start + phraseEnd,
        range: q.range,
        direction: negative ? 'down' : direction,
        temporal,
        sentence: sentence.text,
        sentenceStart: sentence.start,
      });
      previous = { end: q.end, direction };
    }
  }
}

function sectionFigures(section: Section, part: PartContext, out: Figure[]): void {
  for (const paragraph of section.paragraphs) paragraphFigures(paragraph, part, out);
  for (const child of section.children) sectionFigures(child, part, out);
}

/** All figures of the outline, in reading order. */
export function extractFigures(outline: Outline): Figure[] {
  const out: Figure[] = [];
  for (const section of outline.sections) {
    const numbered = section.label !== null;
    const part: PartContext = {
      partLabel: numbered && section.label !== null ? citationLabel(section.label) : null,
      prior: numbered ? partPrior(section.heading) : 'unknown',
    };
    sectionFigures(section, part, out);
  }
  return out;
}
