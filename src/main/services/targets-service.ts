import { randomUUID } from 'node:crypto';
import type { ApiOutput, ApiService } from '../../shared/contract/api-contract';
import type { PairedFigureRow, TargetPair, TargetPairingRow } from '../../shared/contract/targets-api';
import type { DocumentText } from '../../shared/anchoring/document-text';
import { DOCX_MIME_TYPE } from '../../shared/domain/delivery';
import type { DocumentSummary } from '../../shared/domain/document';
import type { Language } from '../../shared/domain/settings';
import { reportYears } from '../../shared/figures/report-years';
import { correctedTable, resultChoices, type CorrectedPairing } from '../../shared/targets/apply-corrections';
import { compareTargets } from '../../shared/targets/consistency';
import type { PairedFigure } from '../../shared/targets/pair-targets';
import { TargetCorrectionSchema, type TargetCorrection } from '../../shared/targets/target-correction';
import type { Store } from '../storage/store';
import { storedRecord } from '../storage/stored-record';
import type { Documents } from './documents';
import { DomainError } from './domain-error';
import type { TargetsTableInput } from './export/targets-docx';
import { safeFileName, type FileDelivery } from './file-delivery';

/** The year a report plans (its targets' year), from its title. */
const plannedYear = (doc: Pick<DocumentSummary, 'title'>): number | null => reportYears(doc.title).target;
/** The title without its years, spaces and punctuation: two years' reports of one issuer share it. */
const issuerOf = (doc: Pick<DocumentSummary, 'title'>): string =>
  doc.title
    .replace(/(?:19|20)\d{2}年?/g, '')
    .replace(/[\s\p{P}]+/gu, '')
    .toLowerCase();

interface Suggestion {
  lastYear: DocumentSummary;
  thisYear: DocumentSummary;
  sameIssuer: boolean;
}

/** Last year's report for `thisYear`: the same kind, planning the year before; one of the same issuer (title) first. */
function lastYearOf(thisYear: DocumentSummary, library: readonly DocumentSummary[]): Suggestion | null {
  const year = plannedYear(thisYear);
  if (year === null) return null;
  const candidates = library.filter((doc) => doc.id !== thisYear.id && doc.kind === thisYear.kind && plannedYear(doc) === year - 1);
  const sameIssuer = candidates.find((doc) => issuerOf(doc) === issuerOf(thisYear));
  const lastYear = sameIssuer ?? candidates[0];
  return lastYear ? { lastYear, thisYear, sameIssuer: sameIssuer !== undefined } : null;
}

/** A figure as the API gives it: with its place in the document's text (for an annotation or a draft). */
function located(text: DocumentText, figure: PairedFigure): PairedFigureRow {
  const { start, end, ...rest } = figure;
  const at = text.paragraphs.find((p) => p.id === figure.paragraphId)?.start ?? 0;
  return { ...rest, passage: { start: at + start, end: at + end } };
}

const quoteOf = ({ text, sentence, citation }: PairedFigure) => ({ text, sentence, citation });

/** The table as the deputy corrected it, and the same year's targets across the library: what the API and the exports read. */
export function createTargetsTables({ store, documents }: { store: Store; documents: Documents }) {
  const correctionsOf = ({ lastYearId, thisYearId }: TargetPair) =>
    store.data.targetCorrections.filter((c) => c.lastYearId === lastYearId && c.thisYearId === thisYearId);

  const table = (pair: TargetPair) => {
    if (pair.lastYearId === pair.thisYearId) throw new DomainError('INVALID_INPUT', 'targets.samePair');
    return correctedTable(documents.get(pair.lastYearId).outline, documents.get(pair.thisYearId).outline, correctionsOf(pair));
  };

  const row = (pair: TargetPair, r: CorrectedPairing): TargetPairingRow => {
    const lastText = documents.documentText(pair.lastYearId);
    const thisText = documents.documentText(pair.thisYearId);
    const { correction } = r;
    return {
      indicator: r.indicator,
      target: { ...located(lastText, r.target), bound: r.target.bound },
      result: r.result ? located(thisText, r.result) : null,
      verdict: r.verdict,
      shortfall: r.shortfall,
      correction: correction && {
        id: correction.id,
        resultChanged: correction.resultChanged,
        verdictChanged: correction.verdictChanged,
        automatic: {
          resultText: correction.automatic.result?.text ?? null,
          resultCitation: correction.automatic.result?.citation ?? null,
          verdict: correction.automatic.verdict,
        },
        staleResult: correction.staleResult,
      },
    };
  };

  const pair = (input: TargetPair): ApiOutput<'targets.pair'> => {
    const { rows, stale } = table(input);
    return { rows: rows.map((r) => row(input, r)), stale };
  };

  const consistency = ({ documentId }: { documentId: string }): ApiOutput<'targets.consistency'> => {
    const own = documents.require(documentId);
    const year = plannedYear(own);
    if (year === null) return [];
    // A session has one report of each kind: another work report of the same year is another city's.
    const session = documents.list().filter((doc) => doc.id === documentId || (doc.kind !== own.kind && plannedYear(doc) === year));
    const titles = new Map(session.map((doc) => [doc.id, doc.title]));
    const comparisons = compareTargets(session.map((doc) => ({ documentId: doc.id, outline: documents.get(doc.id).outline })));
    return comparisons
      .filter((c) => c.statements.some((s) => s.documentId === documentId))
      .map((c) => ({
        ...c,
        statements: c.statements.map(({ documentId: id, bound, ...figure }) => ({
          ...located(documents.documentText(id), figure),
          documentId: id,
          title: titles.get(id) ?? '',
          bound,
        })),
      }));
  };

  /** What the DOCX of the table prints (targets-docx.ts), also inside the deliberation notes. */
  const tableInput = (input: TargetPair, language: Language): TargetsTableInput => ({
    lastYearTitle: documents.get(input.lastYearId).title,
    thisYearTitle: documents.get(input.thisYearId).title,
    rows: pair(input).rows,
    comparisons: consistency({ documentId: input.thisYearId }),
    language,
  });

  return { table, pair, consistency, tableInput };
}
export type TargetsTables = ReturnType<typeof createTargetsTables>;

/** The `targets.*` methods: last year's targets against this year's results, as the deputy corrected them. */
export function createTargetsService(deps: {
  store: Store;
  documents: Documents;
  tables: TargetsTables;
  clock: () => Date;
  deliver: FileDelivery;
  newId?: () => string;
}) {
  const { store, documents, tables, clock, deliver } = deps;
  const { table, pair, consistency, tableInput } = tables;
  const newId = deps.newId ?? (() => `tc-${randomUUID()}`);

  return {
    pair,
    suggestPair: ({ thisYearId }) => {
      const library = documents.list();
      if (thisYearId !== undefined) documents.require(thisYearId);
      const suggestions = library
        .filter((doc) => thisYearId === undefined || doc.id === thisYearId)
        .flatMap((doc) => lastYearOf(doc, library) ?? []);
      // One issuer's two reports before a mixed pair; then the latest year, the one deliberated now.
      const rank = (s: Suggestion) => (s.sameIssuer ? 10_000 : 0) + (plannedYear(s.thisYear) ?? 0);
      const best = suggestions.reduce<Suggestion | null>((top, s) => (top === null || rank(s) > rank(top) ? s : top), null);
      return best ? { lastYearId: best.lastYear.id, thisYearId: best.thisYear.id } : null;
    },
    results: ({ documentId }) => {
      const text = documents.documentText(documentId);
      return resultChoices(documents.get(documentId).outline).map((f) => located(text, f));
    },
    async correct({ lastYearId, thisYearId, targetFigureId, result, verdict }) {
      const current = table({ lastYearId, thisYearId }).rows.find((r) => r.target.figureId === targetFigureId);
      if (!current) throw new DomainError('NOT_FOUND', 'targets.targetGone');
      const existing = current.correction?.id;
      if (result === null && verdict === null) {
        if (existing === undefined) return null;
        await store.update((data) => {
          data.targetCorrections = data.targetCorrections.filter((c) => c.id !== existing);
        });
        return null;
      }
      let chosen: TargetCorrection['result'] = null;
      if (result === 'not reported') chosen = { kind: 'not reported' };
      else if (result !== null) {
        const figure = resultChoices(documents.get(thisYearId).outline).find((f) => f.figureId === result.figureId);
        if (!figure) throw new DomainError('NOT_FOUND', 'targets.figureNotResult');
        chosen = { kind: 'figure', figure: quoteOf(figure) };
      }
      const correction = storedRecord(TargetCorrectionSchema, {
        id: existing ?? newId(),
        lastYearId,
        thisYearId,
        target: { ...quoteOf(current.target), indicator: current.indicator },
        result: chosen,
        verdict,
        updatedAt: clock().toISOString(),
      });
      return store.update((data) => {
        data.targetCorrections = [...data.targetCorrections.filter((c) => c.id !== correction.id), correction];
        return correction;
      });
    },
    async removeCorrection({ correctionId }) {
      const correction = store.data.targetCorrections.find((c) => c.id === correctionId);
      if (!correction) throw new DomainError('NOT_FOUND', 'targets.correctionNotFound');
      await store.update((data) => {
        data.targetCorrections = data.targetCorrections.filter((c) => c.id !== correctionId);
      });
      return correction;
    },
    consistency,
    async exportDocx({ lastYearId, thisYearId, language }) {
      const input = tableInput({ lastYearId, thisYearId }, language);
      // Loaded on first export: docx is slow to load, and the app opens sooner without it.
      const { buildTargetsDocx, targetsTitle } = await import('./export/targets-docx');
      const bytes = await buildTargetsDocx(input);
      return deliver({ fileName: safeFileName(targetsTitle(language), 'targets-and-results', 'docx'), mimeType: DOCX_MIME_TYPE, bytes });
    },
  } satisfies ApiService<'targets'>;
}
