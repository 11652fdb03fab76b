import { unzipSync } from 'fflate';
import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_RUNS, MAX_UNPACKED_BYTES } from '../../../shared/domain/limits';
import { refuse } from './import-error';

/**
 * The parts of a .docx that the text comes from (its XML parts and their relationships), unpacked
 * through the zip's central directory, which is what Word and mammoth read too (a stream of local
 * headers can be made to show other entries than the directory lists). Each part is unpacked into a
 * buffer of the size the directory declares, so nothing unpacks past the 200 MB cap even when a
 * declared size lies; pictures and other binary parts are not read at all.
 */
export function readDocxParts(bytes: Uint8Array): Record<string, Uint8Array> {
  let declared = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (!/\.(xml|rels)$/i.test(entry.name)) return false;
        declared += entry.originalSize;
        if (declared > MAX_UNPACKED_BYTES) throw new UnpackedTooLarge();
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnpackedTooLarge) refuse({ code: 'unpackedTooLarge', limit: MAX_UNPACKED_BYTES });
    refuse({ code: 'damaged' });
  }
  return parts;
}

class UnpackedTooLarge extends Error {}

/**
 * Counts paragraph and run elements (`<w:p>`, `<w:r>`, whatever the namespace prefix) in the parts
 * before any XML parser builds a tree of them, and refuses a file over either cap: a 150 KB file
 * can hold millions of tiny paragraphs, and a tree of them exhausts any memory.
 */
export function checkElementCounts(parts: Record<string, Uint8Array>): { paragraphs: number; runs: number } {
  let paragraphs = 0;
  let runs = 0;
  for (const [name, xml] of Object.entries(parts)) {
    if (!/^word\/.*\.xml$/i.test(name)) continue;
    const counted = countElements(xml, MAX_DOCX_PARAGRAPHS - paragraphs);
    paragraphs += counted.paragraphs;
    runs += counted.runs;
    if (paragraphs > MAX_DOCX_PARAGRAPHS) refuse({ code: 'tooManyParagraphs', limit: MAX_DOCX_PARAGRAPHS });
    if (runs > MAX_DOCX_RUNS) refuse({ code: 'tooManyRuns', limit: MAX_DOCX_RUNS });
  }
  return { paragraphs, runs };
}

const LT = 0x3c;
const COLON = 0x3a;
const P = 0x70;
const R = 0x72;

/**
 * Start tags whose local name is exactly "p" or "r". Counting stops once the paragraphs pass
 * `maxParagraphs` (the file is refused for them whatever else it holds): a part of millions of
 * paragraphs is refused in the time of its first hundred thousand.
 */
function countElements(xml: Uint8Array, maxParagraphs: number): { paragraphs: number; runs: number } {
  let paragraphs = 0;
  let runs = 0;
  for (let i = xml.indexOf(LT); i >= 0 && i < xml.length && paragraphs <= maxParagraphs; i = xml.indexOf(LT, i + 1)) {
    // The tag name runs to whitespace, ">" or "/"; its local name is after the last colon.
    let end = i + 1;
    let local = end;
    while (end < xml.length && !isNameEnd(xml[end]!)) {
      if (xml[end] === COLON) local = end + 1;
      end += 1;
    }
    if (end - local === 1) {
      if (xml[local] === P) paragraphs += 1;
      else if (xml[local] === R) runs += 1;
    }
  }
  return { paragraphs, runs };
}

function isNameEnd(byte: number): boolean {
  return byte === 0x3e || byte === 0x2f || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === LT;
}
