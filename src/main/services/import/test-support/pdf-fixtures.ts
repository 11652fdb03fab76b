/**
 * PDFs for the import tests, made as deputies' PDFs are made: Word files (built with `docx`) or
 * text files converted by LibreOffice, plus small hand-written PDFs for what no office suite writes
 * on purpose: a font without a ToUnicode map and a page that is only a picture (a scan).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

/** LibreOffice's PDF export with a password to open the file. */
export const PASSWORD_PROTECTED =
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';

/**
 * Converts files (name → bytes, the name's extension tells LibreOffice the format) to PDFs in one
 * LibreOffice run; `filter` may set export options (PASSWORD_PROTECTED).
 */
export function convertToPdf(files: Record<string, Uint8Array | string>, filter = 'pdf'): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-import-'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  });
  // A fresh profile per run: a shared one is locked by any other soffice running.
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', filter, '--outdir', dir, ...paths],
    {
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  if (result.error || result.status !== 0)
    throw new Error(`soffice failed (${result.error?.message ?? result.stderr}): run scripts/install-system-packages.sh`);
  return Object.fromEntries(
    Object.keys(files).map((name) => [
      name.replace(/\.\w+$/, '.pdf'),
      new Uint8Array(readFileSync(join(dir, name.replace(/\.\w+$/, '.pdf')))),
    ]),
  );
}

/** The Chinese report as written: its parts, each a heading and paragraphs, and the table of targets. */
export const CHINESE_REPORT = {
  title: '2026年嘉兴市政府工作报告',
  header: '嘉兴市第十届人民代表大会第五次会议文件',
  parts: [
    {
      heading: '一、2025年工作回顾',
      paragraphs: [
        '过去一年，全市地区生产总值增长6.2%，一般公共预算收入达到1234亿元，城乡居民人均可支配收入分别增长4.8%和6.5%。我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，经济社会发展取得新的成绩。',
        '我们坚持创新驱动发展，全社会研发投入强度达到3.6%，新增国家高新技术企业512家，科技型中小企业突破一万家。我们持续优化营商环境，推进政务服务“一网通办”，企业开办时间压缩到一个工作日以内，市场主体总数增长百分之九。',
        '我们坚持以人民为中心的发展思想，民生支出占一般公共预算支出的比重保持在八成以上，新增城镇就业九万人，新建改建中小学和幼儿园四十所，新增养老床位三千张，城乡居民基本医疗保险财政补助标准继续提高。',
        '同时也要看到，我们的工作还存在一些不足：经济持续回升向好的基础还不够稳固，部分企业生产经营困难，科技创新能力还不够强，民生领域还有不少短板，政府工作人员的能力和作风还有待提升。对这些问题，我们将采取有力措施，认真加以解决。',
      ],
    },
    {
      heading: '二、2026年主要目标',
      paragraphs: [
        '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，居民收入增长与经济增长同步，城镇调查失业率控制在5%以内。主要指标如下表。',
      ],
    },
  ],
  table: [
    ['指标', '2025年', '2026年目标'],
    ['地区生产总值增长', '6.2%', '6%左右'],
    ['一般公共预算收入', '1234亿元', '增长5%'],
    ['城镇新增就业', '9万人', '8万人以上'],
  ],
  /** Set in two columns, on a page of its own. */
  columns: {
    heading: '三、全面加强政府自身建设',
    paragraphs: [
      '新征程上，我们将坚持把党的领导贯穿政府工作全过程各方面，深入推进法治政府建设，自觉接受人大依法监督和政协民主监督，认真办理人大代表建议和政协委员提案，办结率保持百分之百。',
      '我们将持续深化作风建设，大兴调查研究之风，坚决纠治形式主义、官僚主义，切实为基层减负，以实干实绩回应人民群众的期盼，让城市更有温度、让群众更有获得感幸福感安全感。',
      '我们将全面推进数字政府建设，推动更多政务服务事项网上办、掌上办、就近办，让数据多跑路、群众少跑腿。我们将严格落实过紧日子要求，一般性支出再压减百分之五，把省下来的钱用在发展紧要处、民生急需上。',
      '我们将坚持依法行政，健全重大行政决策程序制度，全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，加强审计监督和统计监督，让权力在阳光下运行。',
      '我们将加强廉洁政府建设，严格落实全面从严治党主体责任，持之以恒正风肃纪反腐，坚决整治群众身边的不正之风和腐败问题，努力建设人民满意的政府。',
      '各位代表！征途漫漫，惟有奋斗。让我们更加紧密地团结起来，凝心聚力、奋勇前进，为谱写中国式现代化嘉兴篇章而不懈奋斗！',
    ],
  },
};

/** The English report: parts with Roman numbers, paragraphs that wrap over several lines. */
export const ENGLISH_REPORT = {
  title: 'Report on the Work of the Government',
  header: 'Draft for deliberation',
  parts: [
    {
      heading: 'I. Review of Our Work in 2025',
      paragraphs: [
        'Over the past year, the gross domestic product of the city grew by 6.2 percent, and general public budget revenue reached 123.4 billion yuan. We stayed committed to seeking progress while keeping performance stable, and we made steady progress in promoting high-quality development across the city.',
        'We pursued innovation-driven development: spending on research and development rose to 3.6 percent of gross domestic product, and 512 companies were newly recognised as national high-tech enterprises. Government services were brought online, and a business can now be registered within one working day.',
      ],
    },
    {
      heading: 'II. Major Targets for 2026',
      paragraphs: [
        'The main targets for economic and social development this year are: growth of the gross domestic product of around 6 percent; growth of general public budget revenue of 5 percent; personal income growth in step with economic growth; and a surveyed urban unemployment rate within 5 percent.',
        'Fellow deputies, the journey ahead is long and demands hard work. Let us unite more closely and forge ahead with resolve to accomplish the tasks of this year.',
      ],
    },
  ],
};

const SONG = { ascii: 'Liberation Serif', eastAsia: 'Noto Serif CJK SC', hAnsi: 'Liberation Serif' };

function para(text: string, options: { bold?: boolean; size?: number; center?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: 640 } : undefined,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: options.bold, size: options.size ?? 28, font: SONG })],
  });
}

function runningParts(header: string, pageNumber: (n: (typeof PageNumber)['CURRENT']) => (string | (typeof PageNumber)['CURRENT'])[]) {
  return {
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: header, size: 21, font: SONG })] })],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: pageNumber(PageNumber.CURRENT), size: 24, font: SONG })],
          }),
        ],
      }),
    },
  };
}

/**
 * The Chinese report as a Word file: a running header, "— 3 —" page numbers in the footer,
 * paragraphs with first-line indents that wrap and run over a page break, a table of targets,
 * and a last part set in two columns on a page of its own.
 */
export async function chineseReportDocx(r: typeof CHINESE_REPORT = CHINESE_REPORT): Promise<Uint8Array> {
  const running = runningParts(r.header, (n) => ['— ', n, ' —']);
  const body: (Paragraph | Table)[] = [para(r.title, { bold: true, size: 40, center: true })];
  for (const part of r.parts) {
    body.push(para(part.heading, { bold: true, size: 32 }));
    for (const text of part.paragraphs) body.push(para(text, { indent: true }));
  }
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: r.table.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [para(cell)] })) })),
    }),
  );
  const columns = [para(r.columns.heading, { bold: true, size: 32 }), ...r.columns.paragraphs.map((text) => para(text, { indent: true }))];
  const sections: ISectionOptions[] = [
    { ...running, children: body },
    { ...running, properties: { type: SectionType.NEXT_PAGE, column: { count: 2, space: 720 } }, children: columns },
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections })));
}

/** The English report as a Word file: a running header, "- 3 -" page numbers, a paragraph that runs over a page break. */
export async function englishReportDocx(): Promise<Uint8Array> {
  const r = ENGLISH_REPORT;
  const body: Paragraph[] = [para(r.title, { bold: true, size: 36, center: true })];
  for (const [i, part] of r.parts.entries()) {
    // Enough before the second part that its first paragraph starts on page 1 and ends on page 2.
    if (i === 1) for (let k = 0; k < 19; k++) body.push(para(`Filler line ${k + 1} of the first part, kept short.`));
    body.push(para(part.heading, { bold: true, size: 30 }));
    for (const text of part.paragraphs) body.push(para(text));
  }
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ ...runningParts(r.header, (n) => ['- ', n, ' -']), children: body }] })),
  );
}

/**
 * A long Chinese report as a Word file of exactly `pages` pages (the bench's 100): ten pages to a
 * part ("一、"), each page one item ("（三）") of six paragraphs with a page break before it, a
 * running header and "— 3 —" page numbers.
 */
export async function longChineseReportDocx(pages: number): Promise<Uint8Array> {
  const r = CHINESE_REPORT;
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const texts = [...r.parts[0]!.paragraphs, ...r.columns.paragraphs.slice(0, 2)];
  const body: Paragraph[] = [];
  for (let page = 0; page < pages; page++) {
    const heading = (text: string, first: boolean) =>
      new Paragraph({ pageBreakBefore: first && page > 0, children: [new TextRun({ text, bold: true, size: 32, font: SONG })] });
    if (page % 10 === 0) body.push(heading(`${numerals[Math.floor(page / 10) % 10]!}、第${Math.floor(page / 10) + 1}部分的工作`, true));
    body.push(heading(`（${numerals[page % 10]!}）第${page + 1}项工作`, page % 10 !== 0));
    for (const text of texts) body.push(para(text, { indent: true }));
  }
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ ...runningParts(r.header, (n) => ['— ', n, ' —']), children: body }] })),
  );
}

/** Writes a PDF from its objects' bodies (object n is bodies[n - 1]; object 1 is the catalogue), with a correct xref table. */
function writePdf(bodies: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (content: string): string => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * Three pages: 1 and 3 in Helvetica (a standard font, read with the shipped font data), page 2 in
 * a Type 3 font whose glyphs have made-up names and no ToUnicode map, as a PDF maker that embeds
 * glyph drawings without saying which characters they are writes it.
 */
export function pdfWithFontWithoutToUnicode(): Uint8Array {
  const codes = Array.from({ length: 24 }, (_, i) => i + 1);
  const glyph = '600 0 0 0 500 700 d1\n50 0 400 700 re f';
  const garbled = codes.map((c) => `\\${c.toString(8).padStart(3, '0')}`).join('');
  const text = (line: string, y: number): string => `BT /F1 12 Tf 72 ${y} Td (${line}) Tj ET`;
  const readable = [
    'The first part of this report reads normally in every PDF reader.',
    'Its words are set in a standard font with a known encoding.',
  ];
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 8 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 7 0 R >> >> /Contents 9 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 10 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] /FirstChar 1 /LastChar ${codes.length} /Widths [${codes.map(() => 600).join(' ')}] /Encoding << /Type /Encoding /Differences [1 ${codes.map((c) => `/glyph${c}x`).join(' ')}] >> /CharProcs << ${codes.map((c) => `/glyph${c}x 11 0 R`).join(' ')} >> /Resources << >> >>`,
    stream(readable.map((line, i) => text(line, 760 - i * 18)).join('\n')),
    stream([0, 1, 2, 3].map((i) => `BT /T3 12 Tf 72 ${760 - i * 18} Td (${garbled}) Tj ET`).join('\n')),
    stream(text('The last part reads normally again, like the first one did.', 760)),
    stream(glyph),
  ];
  return writePdf(bodies);
}

/** Two pages that are pictures only (filled shapes standing in for scanned images): no text layer. */
export function scannedPdf(): Uint8Array {
  const drawing = stream('0.2 0.2 0.2 rg 72 600 450 160 re f 72 400 450 160 re f');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>',
    drawing,
  ]);
}

/** A PDF of `pages` empty pages (they share one page object's content). */
export function manyPagesPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);
}

/** One page whose text layer holds `chars` characters (a drawing made of text, or a hostile file). */
export function pdfWithDensePage(chars: number): Uint8Array {
  // 1-point text, 500 characters to a line (pdf.js leaves out what lies beyond the page's edge).
  const line = 'A'.repeat(500);
  const content = Array.from(
    { length: Math.ceil(chars / 500) },
    (_, i) => `BT /F1 1 Tf 10 ${10 + ((i * 0.5) % 800)} Td (${line}) Tj ET`,
  ).join('\n');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    stream(content),
  ]);
}
