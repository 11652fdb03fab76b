import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/report/parse-report';
import { JobRefused } from '../../workers/serve-jobs';
import { readReportFile } from './read-report-file';

/** The reason a file is refused for (the words for it are tested with the service). */
async function refusalOf(fileName: string, bytes: Uint8Array): Promise<unknown> {
  try {
    await readReportFile(fileName, bytes);
  } catch (error) {
    if (error instanceof JobRefused) return error.reason;
    throw error;
  }
  throw new Error(`${fileName} was not refused`);
}

/** A Word report with heading styles and a Word numbered list, as deputies receive them. */
async function wordReport(): Promise<Uint8Array> {
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'tasks', level: 0 } });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Report on the Budget 2024', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Review of 2023', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Revenue reached 88.1 billion yuan.'),
          new Paragraph({ text: 'Tasks for 2024', heading: HeadingLevel.HEADING_1 }),
          item('We will keep spending on education steady.'),
          new Paragraph('Education spending will rise by 5%.'),
          item('We will support small businesses.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('reading report files', () => {
  it('keeps Word headings and numbered paragraphs as structure', async () => {
    const { text, format } = await readReportFile('budget.docx', await wordReport());
    expect(format).toBe('docx');
    const outline = parseReport(text);
    expect(outline.title).toBe('Report on the Budget 2024');
    const [review, tasks] = outline.sections.filter((s) => s.heading !== '');
    expect(review).toMatchObject({ heading: 'Review of 2023', paragraphs: [{ text: 'Revenue reached 88.1 billion yuan.' }] });
    expect(tasks?.heading).toBe('Tasks for 2024');
    expect(tasks?.children.map((c) => [c.label, c.heading])).toEqual([
      ['1', 'We will keep spending on education steady.'],
      ['2', 'We will support small businesses.'],
    ]);
    expect(tasks?.children[0]?.paragraphs.map((p) => p.text)).toEqual(['Education spending will rise by 5%.']);
  });

  it('reads Markdown headings', async () => {
    const md = '# Plan Report 2024\n\n## I. Review\n\nGDP grew 6.3%.\n\n## II. Tasks\n\n1. Grow the economy. Details follow here.\n';
    const outline = parseReport((await readReportFile('plan.md', Buffer.from(md))).text);
    expect(outline.title).toBe('Plan Report 2024');
    expect(JSON.stringify(outline)).toContain('GDP grew 6.3%.');
  });

  it.each([
    ['GBK', (s: string) => iconv.encode(s, 'gbk'), 'gb18030'],
    ['GB18030', (s: string) => iconv.encode(s, 'gb18030'), 'gb18030'],
    ['UTF-8 with a BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'utf-8'],
    [
      'UTF-16 with a BOM (Windows "Unicode")',
      (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')]),
      'utf-16le',
    ],
    ['UTF-16LE without a BOM', (s: string) => iconv.encode(s, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without a BOM', (s: string) => iconv.encode(s, 'utf-16be'), 'utf-16be'],
    [
      'UTF-16LE without a BOM, Chinese characters only',
      (s: string) => iconv.encode(s.replace(/[^\u4e00-\u9fff，。、（）]/g, ''), 'utf-16le'),
      'utf-16le',
    ],
  ])('decodes Chinese text saved as %s', async (_name, encode, encoding) => {
    const source =
      '政府工作报告\n\n一、2023年工作回顾\n\n全市地区生产总值7062.5亿元，增长6.3%。\n\n二、2024年工作安排\n\n（一）稳增长。今年地区生产总值增长6%左右。\n';
    const bytes = encode(source);
    const { text, format } = await readReportFile('report.txt', bytes);
    expect(text).toBe(iconv.decode(Buffer.from(bytes), encoding === 'gb18030' ? 'gb18030' : encoding).replace(/^\uFEFF/, ''));
    expect(text).toContain('政府工作报告');
    expect(format).toContain(encoding);
    if (text.includes('\n')) expect(parseReport(text).sections.map((s) => s.label)).toEqual([null, '一', '二']);
  });

  it('reads the text of a Word report with a picture in it (pictures are not unpacked)', async () => {
    const picture = Uint8Array.from(
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
    );
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Budget report 2024'),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 10, height: 10 } })] }),
            new Paragraph('Revenue rose by 5%.'),
          ],
        },
      ],
    });
    const { text } = await readReportFile('picture.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe('Budget report 2024\n\nRevenue rose by 5%.');
  });

  it.each([
    ['an empty file', 'empty.txt', () => new Uint8Array(0), { code: 'empty' }],
    ['a binary file renamed to .txt', 'photo.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), { code: 'binary' }],
    ['a corrupt .docx', 'broken.docx', () => Buffer.from('PK\u0003\u0004 this is not really a zip file at all'), { code: 'damaged' }],
    [
      'a password-protected .docx',
      'secret.docx',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      { code: 'protected' },
    ],
    ['a file over 50 MB', 'huge.txt', () => Buffer.alloc(50 * 1024 * 1024 + 1, 0x61), { code: 'tooLarge', limit: 50 * 1024 * 1024 }],
    [
      'an unsupported format',
      'report.odt',
      () => Buffer.from('PK\u0003\u0004 an OpenDocument text'),
      { code: 'unsupported', extension: '.odt' },
    ],
    ['a truncated PDF', 'report.pdf', () => Buffer.from('%PDF-1.7'), { code: 'pdfDamaged' }],
    ['a text of blanks only', 'blank.txt', () => Buffer.from(' \n\n\t \n'), { code: 'noText' }],
  ])('refuses %s, naming the problem', async (_name, fileName, bytes, refusal) => {
    expect(await refusalOf(fileName, bytes())).toEqual(refusal);
  });

  it('refuses a .docx that unpacks to more than 200 MB (zip bomb), without unpacking it all', async () => {
    const bomb = zipSync(
      { '[Content_Types].xml': new Uint8Array(10), 'word/document.xml': new Uint8Array(201 * 1024 * 1024) },
      { level: 1 },
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refusalOf('bomb.docx', bomb)).toEqual({ code: 'unpackedTooLarge', limit: 200 * 1024 * 1024 });
  }, 30_000);
});
