import { describe, expect, it } from 'vitest';
import { reanchorTarget } from '../anchoring/anchor';
import { describePassage } from '../anchoring/describe-passage';
import { buildDocumentText } from '../anchoring/document-text';
import type { Annotation } from '../domain/annotation';
import type { Outline } from '../domain/outline';
import { parseReport } from '../report/parse-report';
import { EN_V1, EN_V2, ZH_V1, ZH_V2 } from './compare-fixtures-test-support';
import { compareVersions } from './compare-versions';
import { sideText } from './word-diff';

/** An annotation made on `outline` over the words `words`, then re-anchored on `revised` as an import does. */
function annotationOn(outline: Outline, revised: Outline, words: string, id: string): Annotation {
  const doc = buildDocumentText(outline);
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  const target = describePassage(doc, start, start + words.length);
  if (!target) throw new Error('no target');
  const placed = reanchorTarget(target, buildDocumentText(revised));
  const at = '2024-01-01T00:00:00.000Z';
  return { id, documentId: 'doc', kind: 'question', note: '', tags: [], ...placed, createdAt: at, updatedAt: at, deletedAt: null };
}

function compare(v1: string, v2: string, words: string[] = []) {
  const from = parseReport(v1);
  const to = parseReport(v2);
  const annotations = words.map((w, i) => annotationOn(from, to, w, `a-test-${String(i).padStart(4, '0')}`));
  return compareVersions({
    documentId: 'doc',
    title: to.title,
    from: { version: 1, current: false, outline: from },
    to: { version: 2, current: true, outline: to },
    annotations,
  });
}

/** The change list as a reader sees it: "citation kind edits". */
function listed(comparison: ReturnType<typeof compare>): string[] {
  return comparison.sections.flatMap((s) =>
    s.changes.map((c) =>
      [c.citation, c.kind, c.oldCitation ? `was ${c.oldCitation}` : '', ...c.edits.map((e) => `${e.removed} → ${e.added}`)]
        .filter(Boolean)
        .join(' '),
    ),
  );
}

describe('compareVersions (English)', () => {
  it('names each changed, deleted, added and moved paragraph by its citation, in reading order', () => {
    const comparison = compare(EN_V1, EN_V2);
    expect(listed(comparison)).toEqual(['I.1 ¶2 changed 95% → 96%', 'I.2 ¶2 removed', 'II.1 ¶2 added', 'II.2 ¶2 moved was I.2 ¶3']);
    expect(comparison.counts).toEqual({ changed: 1, moved: 1, removed: 1, added: 1 });
    expect(comparison.sections.map((s) => s.label)).toEqual(['I.1', 'I.2', 'II.1', 'II.2']);
  });

  it('keeps every paragraph of both versions, each side reading back as its own text', () => {
    const comparison = compare(EN_V1, EN_V2);
    const oldTexts = comparison.rows.flatMap((r) => (r.old ? [r.kind === 'changed' ? sideText(r.segments, 'old') : r.old.text] : []));
    const newTexts = comparison.rows.flatMap((r) => (r.new ? [r.kind === 'changed' ? sideText(r.segments, 'new') : r.new.text] : []));
    expect(newTexts).toEqual(buildDocumentText(parseReport(EN_V2)).text.split('\n\n'));
    expect([...oldTexts].sort()).toEqual(buildDocumentText(parseReport(EN_V1)).text.split('\n\n').sort());
  });

  it('says what became of each annotation and where it used to be', () => {
    const comparison = compare(EN_V1, EN_V2, [
      'reached 95% of the provincial target',
      'The old bus depot on East Road was closed',
      'stayed open until nine in the evening',
      'opened a clinic with a doctor on duty',
    ]);
    const fates = comparison.annotations.map((a) => [a.fate, a.was?.citation ?? null, a.now?.citation ?? null]);
    expect(fates).toEqual([
      ['changed', 'I.1 ¶2', 'I.1 ¶2'],
      ['orphaned', 'I.2 ¶2', null],
      ['moved', 'I.2 ¶3', 'II.2 ¶2'],
      ['exact', 'I.2 ¶1', 'I.2 ¶1'],
    ]);
    const changed = comparison.annotations[0]!;
    expect(changed.quote).toBe('reached 95% of the provincial target');
    expect(changed.now?.text).toBe('reached 96% of the provincial target');
    expect(changed.segments.filter((s) => s.kind !== 'same').map((s) => s.text)).toEqual(['95', '96']);
  });

  it('two identical versions have no changes and every annotation stays exact', () => {
    const comparison = compare(EN_V1, EN_V1, ['reached 95% of the provincial target']);
    expect(comparison.sections).toEqual([]);
    expect(comparison.rows.every((r) => r.kind === 'same')).toBe(true);
    expect(comparison.annotations.map((a) => a.fate)).toEqual(['exact']);
  });
});

describe('compareVersions (Chinese)', () => {
  it('names the changed figure, the deleted and the added paragraph', () => {
    const comparison = compare(ZH_V1, ZH_V2);
    expect(listed(comparison)).toEqual(['一.(一) ¶1 changed 6.3% → 6.5%', '一.(二) ¶2 removed', '二.(一) ¶2 added']);
  });

  it('marks a Chinese annotation on the changed figure as changed and one on the deleted paragraph as orphaned', () => {
    const comparison = compare(ZH_V1, ZH_V2, ['全年地区生产总值增长6.3%', '东路老公交站已经关闭', '粮食总产量达到95万吨']);
    expect(comparison.annotations.map((a) => [a.fate, a.was?.citation ?? null])).toEqual([
      ['changed', '一.(一) ¶1'],
      ['orphaned', '一.(二) ¶2'],
      ['exact', '一.(一) ¶2'],
    ]);
    expect(comparison.annotations[0]!.now?.text).toBe('全年地区生产总值增长6.5%');
  });
});
