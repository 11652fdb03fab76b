import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationKind, AnchorStatus } from '../../../shared/domain/annotation';
import type { Outline, Section } from '../../../shared/domain/outline';
import { docxParts, runsOf, squeeze } from './docx-inspect';
import { locateAnnotations } from '../../../shared/notes/locate-annotations';
import { buildDeliberationNotesDocx, buildSessionNotesDocx } from './notes-docx';

const section = (label: string | null, heading: string, level: number, ids: string[], children: Section[] = []): Section => ({
  label,
  heading,
  level,
  paragraphs: ids.map((id, i) => ({ id, citation: `${label ?? ''} ¶${i + 1}`.trim(), text: `text of ${id}` })),
  children,
});

const OUTLINE: Outline = {
  title: 'Report on the Work of the Government',
  sections: [
    section(null, '', 1, ['p-pre']),
    section(
      'I',
      'A Review of Our Work in 2023',
      1,
      ['p-1'],
      [section('1', 'We helped enterprises', 2, ['p-1-1']), section('2', 'We upgraded industry', 2, ['p-1-2'])],
    ),
    section('II', 'Our Tasks for 2024', 1, [], [section('1', 'Innovation', 2, ['p-2-1'], [section(null, 'deeper', 3, ['p-2-1-x'])])]),
  ],
};

let seq = 0;
function annotation(
  paragraphId: string,
  note: string,
  options: { kind?: AnnotationKind; status?: AnchorStatus; deleted?: boolean; start?: number; tags?: string[] } = {},
): Annotation {
  seq += 1;
  return {
    id: `a-test-${String(seq).padStart(4, '0')}`,
    documentId: 'doc-1',
    kind: options.kind ?? 'question',
    note,
    tags: options.tags ?? [],
    target: {
      paragraphId,
      position: { start: options.start ?? 0, end: (options.start ?? 0) + 5 },
      quote: { exact: `quote of ${note}`, prefix: '', suffix: '' },
    },
    status: options.status ?? 'exact',
    createdAt: `2024-01-2${seq % 10}T10:00:00.000Z`,
    updatedAt: '2024-01-29T10:00:00.000Z',
    deletedAt: options.deleted ? '2024-01-29T11:00:00.000Z' : null,
  } as Annotation;
}

const ANNOTATIONS: Annotation[] = [
  annotation('p-2-1-x', 'N-deep', { kind: 'verify', tags: ['budget', 'GDP'] }),
  annotation('p-1-2', 'N-item2', { kind: 'concern' }),
  annotation('p-1', 'N-part1-b', { start: 20 }),
  annotation('p-1', 'N-part1-a', { kind: 'support', start: 3 }),
  annotation('p-1-1', 'N-orphan', { status: 'orphaned' }),
  annotation('p-gone', 'N-missing'),
  annotation('p-pre', 'N-pre'),
  annotation('p-1-1', 'N-deleted', { deleted: true }),
];

describe('locateAnnotations', () => {
  it('groups by part and item in reading order, deeper sections under their item, unplaced apart', () => {
    const { parts, unplaced } = locateAnnotations(OUTLINE, ANNOTATIONS);
    expect(parts.map((p) => p.part.label)).toEqual([null, 'I', 'II']);
    expect(parts[1]?.annotations.map((a) => a.annotation.note)).toEqual(['N-part1-a', 'N-part1-b']);
    expect(parts[1]?.items.map((g) => g.item.label)).toEqual(['2']);
    expect(parts[2]?.items[0]?.annotations.map((a) => [a.annotation.note, a.citation])).toEqual([['N-deep', '¶1']]);
    expect(unplaced.map((a) => [a.annotation.note, a.citation])).toEqual([
      ['N-orphan', '1 ¶1'],
      ['N-missing', ''],
    ]);
  });
});

/** Each piece is found in `text` after the one before it. */
function expectInOrder(text: string, pieces: readonly string[]): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, piece).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

/** Version 2 of the text arrived on 20 January; the notes are exported on 30 January (local dates). */
const EDITION = { version: { number: 2, addedAt: new Date(2024, 0, 20, 9, 30) }, exportedAt: new Date(2024, 0, 30, 23, 50) };

describe('buildDeliberationNotesDocx', () => {
  it('writes Chinese notes grouped by section with the unplaced ones last, deleted ones left out', async () => {
    const docx = await buildDeliberationNotesDocx({
      documentTitle: '政府工作报告',
      outline: OUTLINE,
      annotations: ANNOTATIONS,
      language: 'zh-CN',
      ...EDITION,
    });
    const text = squeeze((await mammoth.extractRawText({ buffer: docx })).value);
    const order = [
      '《政府工作报告》审议笔记',
      '依据第2版文本（2024年1月20日），2024年1月30日导出',
      '开篇部分',
      'N-pre',
      '一、AReviewofOurWorkin2023',
      '2.支持（I¶1）',
      '原文：“quoteofN-part1-a”',
      'N-part1-b',
      '（二）Weupgradedindustry',
      '关切',
      'N-item2',
      '二、OurTasksfor2024',
      '（一）Innovation',
      '核实数据',
      'N-deep',
      '标签：budget、GDP',
      '未能定位',
      'N-orphan',
      'N-missing',
    ];
    expectInOrder(text, order);
    expect(text).not.toContain('N-deleted');
    expect(text).not.toContain('（一）Wehelpedenterprises'); // its only annotation is orphaned
    const document = docxParts(docx)['word/document.xml'] ?? '';
    for (const run of runsOf(document)) expect(run).toMatch(/w:eastAsia="/);
    expect(document).toMatch(/w:eastAsia="SimHei"[^]*?一、A Review/);
    expect(document).toMatch(/w:eastAsia="KaiTi"[^]*?（二）We upgraded/);
  });

  it('writes English notes with I. / 1. headings and English labels', async () => {
    const docx = await buildDeliberationNotesDocx({
      documentTitle: OUTLINE.title,
      outline: OUTLINE,
      annotations: ANNOTATIONS,
      language: 'en',
      ...EDITION,
    });
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    const order = [
      'Deliberation notes: Report on the Work of the Government',
      'Text version 2 of 20 January 2024; exported 30 January 2024',
      'Opening paragraphs',
      'I. A Review of Our Work in 2023',
      'Support (I ¶1)',
      'Passage: “quote of N-part1-a”',
      'Note: N-part1-a',
      '2. We upgraded industry',
      'Concern',
      'II. Our Tasks for 2024',
      '1. Innovation',
      'Verify figure',
      'Tags: budget, GDP',
      'Not placed in the current text',
      'N-orphan',
      'N-missing',
    ];
    expectInOrder(text, order);
  });

  it('says so when there are no annotations', async () => {
    const docx = await buildDeliberationNotesDocx({
      documentTitle: 'Report',
      outline: OUTLINE,
      annotations: [],
      language: 'en',
      ...EDITION,
    });
    expect((await mammoth.extractRawText({ buffer: docx })).value).toContain('No annotations.');
  });
});

describe('buildSessionNotesDocx', () => {
  const plan: Outline = {
    title: '计划报告',
    sections: [section('一', '2023年计划执行情况', 1, ['q-1'], [section('（一）', '稳增长', 2, ['q-1-1'])])],
  };
  const planNotes = [annotation('q-1-1', 'N-plan-item'), annotation('q-1', 'N-plan-part', { kind: 'support' })];
  const documents = [
    { documentTitle: '政府工作报告', outline: OUTLINE, annotations: ANNOTATIONS, version: EDITION.version },
    { documentTitle: '空白报告', outline: plan, annotations: [], version: EDITION.version },
    { documentTitle: '《计划报告》', outline: plan, annotations: planNotes, version: { number: 1, addedAt: new Date(2024, 0, 18) } },
  ];

  it('groups every document’s notes by document, then part and item, each entry citing its document', async () => {
    const docx = await buildSessionNotesDocx({ documents, language: 'zh-CN', exportedAt: EDITION.exportedAt });
    const text = squeeze((await mammoth.extractRawText({ buffer: docx })).value);
    const order = [
      '审议笔记（全部文件）',
      '2024年1月30日导出',
      '《政府工作报告》',
      '依据第2版文本（2024年1月20日）',
      '开篇部分',
      'N-pre',
      '一、AReviewofOurWorkin2023',
      '支持（《政府工作报告》I¶1）',
      'N-part1-a',
      '（二）Weupgradedindustry',
      'N-item2',
      '未能定位',
      'N-missing',
      '《计划报告》',
      '依据第1版文本（2024年1月18日）',
      '一、2023年计划执行情况',
      '支持（《计划报告》一¶1）',
      'N-plan-part',
      '（一）稳增长',
      'N-plan-item',
    ];
    expectInOrder(text, order);
    // A document without annotations gets no heading; entries are numbered across the whole file.
    expect(text).not.toContain('空白报告');
    expect(text).not.toContain('N-deleted');
    expect(text).toContain('9.疑问（《计划报告》（一）¶1）');
    const xml = docxParts(docx)['word/document.xml'] ?? '';
    // Documents are first-level headings (黑体), their parts second-level (楷体).
    expect(xml).toMatch(/w:eastAsia="SimHei"[^]*?《计划报告》/);
    expect(xml).toMatch(/w:eastAsia="KaiTi"[^]*?一、2023年计划执行情况/);
  });

  it('writes English notes on every document, and says so when there are none', async () => {
    const docx = await buildSessionNotesDocx({ documents, language: 'en', exportedAt: EDITION.exportedAt });
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Deliberation notes: all session documents');
    expect(text).toContain('Support (《政府工作报告》 I ¶1)');
    const empty = await buildSessionNotesDocx({ documents: [documents[1]!], language: 'en', exportedAt: EDITION.exportedAt });
    expect((await mammoth.extractRawText({ buffer: empty })).value).toContain('No annotations.');
  });
});
