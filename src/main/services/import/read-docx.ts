import { importRefused, MAX_UNPACKED_BYTES } from './import-error';
import { unpackedSizeWithin } from './unpacked-size';

/** Old Word files and password-protected .docx files are OLE compound files, not zips. */
const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
}

/**
 * A Word report as text the structure detector reads: Word headings become "#"/"##" lines, numbered
 * paragraphs get their numbers ("1. ", "(1) "), bullets "- ", table rows tab-separated cells, and
 * paragraphs are separated by blank lines.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<string> {
  if (COMPOUND_FILE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw importRefused(fileName, 'it is password-protected or an old .doc file. Remove the password, or save it as .docx, then import it again.');
  }
  let size: { within: boolean; bytes: number };
  try {
    size = unpackedSizeWithin(bytes, MAX_UNPACKED_BYTES);
  } catch {
    throw importRefused(fileName, 'it is damaged or not a Word (.docx) file. Open it in Word or WPS and save it again as .docx.');
  }
  if (!size.within) throw importRefused(fileName, 'it unpacks to more than 200 MB, which no report does (it may be a zip bomb).');

  const lines: string[] = [];
  try {
    // Loaded on first import: mammoth is slow to load, and the app opens sooner without it.
    await (await import('mammoth')).default.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: MammothElement) => {
          collectLines(document, lines);
          return document;
        },
      },
    );
  } catch {
    throw importRefused(fileName, 'it is damaged or not a Word (.docx) file. Open it in Word or WPS and save it again as .docx.');
  }
  const text = lines.join('\n\n');
  if (text.trim() === '') throw importRefused(fileName, 'it holds no text.');
  return text;
}

function collectLines(document: MammothElement, lines: string[]): void {
  const counters: number[] = [];
  const visit = (element: MammothElement): void => {
    if (element.type === 'paragraph') {
      const line = paragraphLine(element, counters);
      if (line !== null) lines.push(line);
      return;
    }
    if (element.type === 'tableRow') {
      const cells = (element.children ?? []).map((cell) => textOf(cell).trim()).filter((t) => t !== '');
      if (cells.length > 0) lines.push(cells.join('\t'));
      return;
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(document);
}

function paragraphLine(paragraph: MammothElement, counters: number[]): string | null {
  const text = textOf(paragraph).replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const style = paragraph.styleName ?? '';
  const heading = /^(?:heading|标题)\s*(\d)/i.exec(style);
  if (heading) {
    // A new heading starts its lists again, as Word's numbering usually restarts under it.
    counters.length = 0;
    return `${Number(heading[1]) <= 1 ? '#' : '##'} ${text}`;
  }
  if (/^title$|^标题$/i.test(style)) return text;
  const numbering = paragraph.numbering;
  if (!numbering) return text;
  if (!numbering.isOrdered) return `- ${text}`;
  const level = Number(numbering.level) || 0;
  counters.length = level + 1;
  counters[level] = (counters[level] ?? 0) + 1;
  return level === 0 ? `${counters[level]}. ${text}` : `(${counters[level]}) ${text}`;
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}
