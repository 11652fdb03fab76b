/**
 * 审议发言提纲 / speech card: the points of a speech for the panel deliberation in speaking order, each
 * with its time at the deputy's speaking rate and the passages and annotations it rests on, in the
 * official layout of the drafts.
 */
import type { Annotation } from '../../../shared/domain/annotation';
import { translator } from '../../../shared/i18n/shared-i18n';
import { clockText, speechBudget, type SpeakingRate } from '../../../shared/speech/speaking-time';
import type { SpeechCard } from '../../../shared/speech/speech-card';
import { labelsFor } from './labels';
import type { Block } from './official-document';
import { buildOfficialDocx } from './official-document';
import { typographyFor } from './official-layout';
import { bodyParagraphs, headingParagraph, lineParagraph, titleParagraph } from './official-blocks';
import { singleLine, splitParagraphs } from './xml-text';

export interface SpeechCardInput {
  readonly card: SpeechCard;
  /** Annotations by id, for the linked ones (a deleted one is named as such). */
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly rate: SpeakingRate;
}

/** Builds the DOCX of a speech card, in the card's language. */
export async function buildSpeechCardDocx({ card, annotations, rate }: SpeechCardInput): Promise<Buffer> {
  const { language } = card;
  const t = typographyFor(language);
  const labels = labelsFor(language);
  const s = translator(language, 'export', 'speech');
  const notes = translator(language, 'export', 'notes');
  const points = card.points.filter((p) => splitParagraphs(p.text).length > 0 || p.passages.length > 0 || p.annotationIds.length > 0);
  const budget = speechBudget(
    points.map((p) => p.text),
    card.minutes,
    rate,
  );
  const title = singleLine(card.title) || s('untitled');
  const rateText = s('rate', { chars: rate.charsPerMinute, words: rate.wordsPerMinute });
  const blocks: Block[] = [
    lineParagraph(t, s('kind'), { align: 'center', keepNext: true }),
    titleParagraph(t, title, 0),
    lineParagraph(t, s('budget', { minutes: card.minutes, time: clockText(budget.seconds), rate: rateText }), {
      align: 'center',
      keepNext: true,
    }),
    lineParagraph(t, budget.over > 0 ? s('over', { time: clockText(budget.over) }) : s('under', { time: clockText(-budget.over) }), {
      align: 'center',
      ruleBelow: true,
    }),
  ];
  points.forEach((point, i) => {
    blocks.push(
      headingParagraph(t, `${labels.sectionNumber(i + 1)}${s('point', { time: clockText(budget.perPoint[i] ?? 0) })}`, 1),
      ...(splitParagraphs(point.text).length > 0 ? bodyParagraphs(t, point.text) : []),
    );
    for (const passage of point.passages)
      blocks.push(
        ...bodyParagraphs(
          t,
          labels.cited(passage.excerpt, labels.source(passage.citation, passage.documentTitle)),
          labels.field(s('passage'), ''),
        ),
      );
    for (const id of point.annotationIds) {
      const annotation = annotations.get(id);
      const text = annotation
        ? [notes(`kind.${annotation.kind}`), labels.quote(singleLine(annotation.target.quote.exact)), singleLine(annotation.note)]
            .filter((x) => x !== '')
            .join(language === 'zh-CN' ? '' : ' ')
        : s('annotationGone');
      blocks.push(...bodyParagraphs(t, text, labels.field(s('annotation'), '')));
    }
  });
  if (points.length === 0) blocks.push(...bodyParagraphs(t, s('none')));
  return buildOfficialDocx({ language, title, blocks });
}
