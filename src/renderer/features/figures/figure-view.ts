import { extractFigures } from '../../../shared/figures/extract-figures';
import type { Figure } from '../../../shared/figures/figure';
import type { Outline } from '../../../shared/domain/outline';
import type { ReportYears } from '../../../shared/figures/report-years';

const cache = new WeakMap<Outline, Figure[]>();

/** The figures of an outline, computed once per outline object (a document's current or earlier version). */
export function figuresOf(outline: Outline): Figure[] {
  let figures = cache.get(outline);
  if (!figures) {
    figures = extractFigures(outline);
    cache.set(outline, figures);
  }
  return figures;
}

/** The catalogue key and values of a figure's result/target badge (years from `reportYears` of the title). */
export function temporalBadge(
  figure: Pick<Figure, 'temporal'>,
  years: ReportYears,
): {
  key:
    | 'figures.temporal.result'
    | 'figures.temporal.target'
    | 'figures.temporal.resultPlain'
    | 'figures.temporal.targetPlain'
    | 'figures.temporal.unknown';
  year?: number;
} {
  if (figure.temporal === 'unknown') return { key: 'figures.temporal.unknown' };
  const year = figure.temporal === 'result' ? years.result : years.target;
  if (year === null) return { key: figure.temporal === 'result' ? 'figures.temporal.resultPlain' : 'figures.temporal.targetPlain' };
  return { key: figure.temporal === 'result' ? 'figures.temporal.result' : 'figures.temporal.target', year };
}

/**
 * The figure's sentence split around the figure, for emphasis: the occurrence at the figure's own
 * offsets when the paragraph text is known (a sentence may hold "6%" several times), cut to
 * `radius` characters on each side.
 */
export function sentenceParts(
  figure: Pick<Figure, 'sentence' | 'text' | 'start'>,
  paragraphText?: string,
  radius = 110,
): { before: string; match: string; after: string } {
  const { sentence, text } = figure;
  let at = -1;
  if (paragraphText !== undefined) {
    for (let from = paragraphText.indexOf(sentence); from >= 0; from = paragraphText.indexOf(sentence, from + 1)) {
      if (from <= figure.start && figure.start + text.length <= from + sentence.length) {
        at = figure.start - from;
        break;
      }
    }
  }
  if (at < 0 || sentence.slice(at, at + text.length) !== text) at = sentence.indexOf(text);
  if (at < 0) return { before: clipEnd(sentence, radius * 2), match: '', after: '' };
  return { before: clipStart(sentence.slice(0, at), radius), match: text, after: clipEnd(sentence.slice(at + text.length), radius) };
}

function clipStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.indexOf(' ');
  return `…${space >= 0 && space < max * 0.3 ? cut.slice(space + 1) : cut}`;
}

function clipEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** Paragraph id → text, for placing figures in their sentences. */
export function paragraphTexts(outline: Outline): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sections: Outline['sections']) => {
    for (const s of sections) {
      for (const p of s.paragraphs) out.set(p.id, p.text);
      walk(s.children);
    }
  };
  walk(outline.sections);
  return out;
}

/** The parts that have figures, in reading order (null: outside numbered parts). */
export function partsWithFigures(figures: readonly Figure[]): (string | null)[] {
  const seen = new Set<string | null>();
  for (const f of figures) seen.add(f.partLabel);
  return [...seen];
}
