/**
 * Heavy re-anchoring input for tests and the bench: the bundled report with most paragraphs
 * rewritten, and thousands of annotations on it written to a store in one change.
 */
import { randomInt, seededRandom } from '../../shared/anchoring/anchor-test-support';
import { describePassage } from '../../shared/anchoring/describe-passage';
import { AnnotationSchema, type Annotation } from '../../shared/domain/annotation';
import type { Core } from '../api/start-core';

/** The report with `share` of its paragraph lines rewritten: same vocabulary, other words in other order. */
export function rewrittenReport(text: string, share: number, seed = 11): string {
  const random = seededRandom(seed);
  const words = text.split(/\s+/).filter(Boolean);
  return text
    .split('\n')
    .map((line) =>
      line.length > 120 && random() < share
        ? line
            .split(' ')
            .map(() => words[randomInt(random, 0, words.length - 1)])
            .join(' ')
        : line,
    )
    .join('\n');
}

/** `count` annotations on random passages of the document, written to the store in one update. */
export async function annotateInBulk(core: Core, documentId: string, count: number, seed = 5): Promise<void> {
  const doc = core.services.documents.documentText(documentId);
  const random = seededRandom(seed);
  const now = new Date().toISOString();
  const records: Annotation[] = [];
  while (records.length < count) {
    const start = randomInt(random, 0, doc.text.length - 200);
    const target = describePassage(doc, start, start + randomInt(random, 10, 200));
    if (target === null) continue;
    const id = `a-bulk-${String(records.length).padStart(6, '0')}`;
    records.push(
      AnnotationSchema.parse({
        id,
        documentId,
        kind: 'question',
        note: '',
        tags: [],
        target,
        status: 'exact',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      }),
    );
  }
  await core.store.update((data) => {
    data.annotations.push(...records);
  });
}

/**
 * Calls app.info every few milliseconds until `running` settles; each gap between two answers is
 * how long the app could not answer (a blocked event loop shows as one long gap).
 */
export async function answerGapsWhile(core: Core, running: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void running.finally(() => {
    finished = true;
  });
  const gaps: number[] = [];
  let lastAnswer = performance.now();
  while (!finished) {
    const info = await core.dispatch('app.info', {});
    if (!info.ok) throw new Error(`app.info failed: ${info.error.message}`);
    gaps.push(performance.now() - lastAnswer);
    lastAnswer = performance.now();
    // Sampled every few milliseconds: a tighter loop would only compete with the worker for the cores.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return gaps;
}
