import { randomUUID } from 'node:crypto';
import type { ApiParsedInput, ApiService } from '../../shared/contract/api-contract';
import type { SpeechPointInput } from '../../shared/contract/speech-api';
import { DOCX_MIME_TYPE } from '../../shared/domain/delivery';
import { speakingRate } from '../../shared/domain/settings';
import { SPEECH_MINUTES, SpeechCardSchema, type SpeechCard, type SpeechPassage, type SpeechPoint } from '../../shared/speech/speech-card';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import type { Documents } from './documents';
import { DomainError } from './domain-error';
import { recordCollection } from './record-collection';
import { safeFileName, type FileDelivery } from './file-delivery';

const EXCERPT_MAX = 120;

/** The `speech.*` methods: speech cards for the panel deliberation, their points and links, and their export. */
export function createSpeechService(deps: {
  store: Store;
  documents: Documents;
  clock: () => Date;
  deliver: FileDelivery;
  newId?: (prefix: 's' | 'p') => string;
}) {
  const { store, documents, clock, deliver } = deps;
  const newId = deps.newId ?? ((prefix) => `${prefix}-${randomUUID()}`);
  const now = () => clock().toISOString();

  const cards = recordCollection(store, {
    schema: SpeechCardSchema,
    records: (data) => data.speechCards,
    isRemoved: (c) => c.deletedAt !== null,
    notFound: 'speech.notFound',
    noRemoved: 'speech.noRemoved',
  });
  const find = cards.find;

  /**
   * Stored cards are frozen records: a change puts a new object in place. An edit is dated; a removal
   * and its restore are not, so a restored card is the very card that was removed (in its place in the list).
   */
  const replace = (
    cardId: string,
    deleted: boolean,
    change: (card: SpeechCard) => Partial<SpeechCard>,
    dated = true,
  ): Promise<SpeechCard> =>
    cards.replace(cardId, deleted, (card) => ({ ...card, ...change(card), ...(dated ? { updatedAt: now() } : {}) }));

  /** A passage named by the editor, with its citation and excerpt (kept as they were when it was first linked). */
  const passageOf = (ref: { documentId: string; paragraphId: string }, before: readonly SpeechPassage[]): SpeechPassage => {
    const kept = before.find((p) => p.documentId === ref.documentId && p.paragraphId === ref.paragraphId);
    if (kept) return kept;
    const doc = documents.require(ref.documentId);
    const text = documents.documentText(ref.documentId);
    const span = text.paragraphs.find((p) => p.id === ref.paragraphId);
    if (!span) throw new DomainError('NOT_FOUND', 'speech.noParagraph', { paragraphId: ref.paragraphId, title: doc.title });
    const body = text.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const excerpt = body.length > EXCERPT_MAX ? `${body.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : body;
    return { documentId: ref.documentId, documentTitle: doc.title, paragraphId: ref.paragraphId, citation: span.citation, excerpt };
  };

  const pointsOf = (card: SpeechCard, inputs: readonly SpeechPointInput[]): SpeechPoint[] => {
    const live = new Set(store.data.annotations.filter((a) => a.deletedAt === null).map((a) => a.id));
    const ids = inputs.flatMap((p) => (p.id === undefined ? [] : [p.id]));
    if (new Set(ids).size !== ids.length) throw new DomainError('INVALID_INPUT', 'speech.duplicatePoint');
    return inputs.map((input) => {
      const before = card.points.find((p) => p.id === input.id);
      for (const id of input.annotationIds)
        if (!live.has(id) && !before?.annotationIds.includes(id)) throw new DomainError('NOT_FOUND', 'annotation.notFound');
      const seen = new Set<string>();
      const passages = input.passages
        .filter((p) => !seen.has(`${p.documentId}/${p.paragraphId}`) && seen.add(`${p.documentId}/${p.paragraphId}`))
        .map((p) => passageOf(p, before?.passages ?? []));
      return { id: input.id ?? newId('p'), text: input.text, passages, annotationIds: [...new Set(input.annotationIds)] };
    });
  };

  const api = {
    list: () => store.data.speechCards.filter((c) => c.deletedAt === null).toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    create: ({ title, language }) => {
      const at = now();
      const card = storedRecord(SpeechCardSchema, {
        id: newId('s'),
        title,
        language,
        minutes: SPEECH_MINUTES.default,
        points: [{ id: newId('p'), text: '', passages: [], annotationIds: [] }],
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
      return store.update((data) => {
        data.speechCards = [...data.speechCards, card];
        return card;
      });
    },
    update: ({ cardId, title, minutes, language }) =>
      replace(cardId, false, () => ({
        ...(title === undefined ? {} : { title }),
        ...(minutes === undefined ? {} : { minutes }),
        ...(language === undefined ? {} : { language }),
      })),
    setPoints: ({ cardId, points }) => replace(cardId, false, (card) => ({ points: pointsOf(card, points) })),
    /** Soft delete: the card waits in the bin (`bin.list`), and `bin.restore` brings it back. */
    remove: ({ cardId }) => replace(cardId, false, () => ({ deletedAt: now() }), false),
    async exportDocx({ cardId }) {
      const card = find(cardId, false);
      const annotations = new Map(store.data.annotations.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildSpeechCardDocx } = await import('./export/speech-docx');
      const bytes = await buildSpeechCardDocx({ card, annotations, rate: speakingRate(store.data.settings) });
      const fallback = card.language === 'zh-CN' ? '审议发言提纲' : 'Speech card';
      return deliver({ fileName: safeFileName(card.title.trim() || fallback, 'speech-card', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
    },
  } satisfies ApiService<'speech'>;
  return {
    ...api,
    // Not an API method: `bin.restore` (which finds the entry first) is the one way back.
    restore: ({ cardId }: ApiParsedInput<'speech.remove'>) => replace(cardId, true, () => ({ deletedAt: null }), false),
  };
}
export type SpeechService = ReturnType<typeof createSpeechService>;
