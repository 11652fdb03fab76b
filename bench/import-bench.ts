import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { readReportFile } from '../src/main/services/import/read-report-file';
import type { Section } from '../src/shared/domain/outline';
import { parseReport } from '../src/shared/report/parse-report';
import { medianMs, pick, type BenchOptions, type Metric } from './measure';

const REPORT = join(resolve(import.meta.dirname, '..'), 'resources/reports/jiaxing-2024-government-work-report.en.txt');

/** A Word file of about `targetBytes`, made of the bundled report's paragraphs under heading styles. */
async function wordFileOfSize(targetBytes: number): Promise<Uint8Array> {
  const lines = (await readFile(REPORT, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const children: Paragraph[] = [];
  let bytes = new Uint8Array();
  for (let round = 1; bytes.length < targetBytes; round++) {
    children.push(new Paragraph({ text: `Part ${round}`, heading: HeadingLevel.HEADING_1 }));
    for (const line of lines) children.push(new Paragraph(line));
    if (round % 8 === 0) bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  }
  return bytes;
}

function countParagraphs(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + s.paragraphs.length + countParagraphs(s.children), 0);
}

/** `import.docx_1mb_ms`: read a 1 MB .docx (size checks, unpack, mammoth, structure) and parse its outline. */
export async function benchImport(options: BenchOptions): Promise<Record<string, Metric>> {
  const docx = await wordFileOfSize(pick(options, 1024 * 1024, 256 * 1024));
  let paragraphs = 0;
  const ms = await medianMs(
    async () => {
      const { text } = await readReportFile('report.docx', docx);
      paragraphs = countParagraphs(parseReport(text).sections);
    },
    pick(options, 7, 1),
    pick(options, 1, 0),
  );
  // The peer: mammoth's own raw-text extraction of the same file (the reader our import is built on).
  const buffer = Buffer.from(docx);
  const peer = await medianMs(() => mammoth.extractRawText({ buffer }), pick(options, 7, 1), pick(options, 1, 0));
  return {
    'import.docx_1mb_ms': {
      value: ms,
      unit: 'ms',
      size: `${(docx.length / 1024 / 1024).toFixed(2)} MB .docx, ${paragraphs.toLocaleString('en')} paragraphs, median of ${pick(options, 7, 1)}`,
      peer: { label: 'mammoth.extractRawText of the same file', value: peer },
      target: '< 1000',
      met: ms < 1000,
    },
  };
}
