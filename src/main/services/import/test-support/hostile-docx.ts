import { deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';

/** A real .docx (made by the docx library) whose document body is replaced by `body` (WordprocessingML). */
export async function docxWithBody(body: string): Promise<Uint8Array> {
  const parts = unzipSync(
    new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('placeholder')] }] }))),
  );
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.indexOf('</w:body>');
  parts['word/document.xml'] = strToU8(xml.slice(0, start) + body + xml.slice(end));
  return zipSync(parts, { level: 9 });
}

/** `count` tiny paragraphs of one letter each: a few hundred bytes of zip per 10,000. */
export function tinyParagraphs(count: number): string {
  return '<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(count);
}

/** One paragraph of `count` runs of one letter. */
export function manyRuns(count: number): string {
  return `<w:p>${'<w:r><w:t>x</w:t></w:r>'.repeat(count)}</w:p>`;
}

/**
 * A .docx whose central directory sends `word/document.xml` to a hidden entry of `hiddenBytes`
 * (deflated zeros), while a reader of local headers front to back sees only a small stored entry
 * whose data happens to contain the hidden one. `declaredBytes` is what the directory says the
 * hidden entry unpacks to (the truth, or a lie).
 */
export async function docxWithHiddenEntry(hiddenBytes: number, declaredBytes = hiddenBytes): Promise<Uint8Array> {
  const parts = unzipSync(await docxWithBody(tinyParagraphs(3)));
  const hiddenData = deflateRawSync(Buffer.alloc(hiddenBytes, 0x20), { level: 9 });
  const hiddenName = strToU8('word/document.xml');
  const hiddenHeader = localHeader(hiddenName, 8, hiddenData.length, declaredBytes);
  const hidden = concat([hiddenHeader, hiddenData]);

  // Front to back: a stored decoy whose data is the hidden entry, then the other parts as usual.
  const decoyName = strToU8('docProps/padding.bin');
  const chunks: Uint8Array[] = [localHeader(decoyName, 0, hidden.length, hidden.length), hidden];
  const hiddenOffset = chunks[0]!.length;
  let offset = chunks[0]!.length + hidden.length;
  const directory: Uint8Array[] = [centralHeader(hiddenName, 8, hiddenData.length, declaredBytes, hiddenOffset)];
  for (const [name, data] of Object.entries(parts)) {
    if (name === 'word/document.xml') continue;
    const nameBytes = strToU8(name);
    const entry = concat([localHeader(nameBytes, 0, data.length, data.length, crc32(data)), data]);
    directory.push(centralHeader(nameBytes, 0, data.length, data.length, offset, crc32(data)));
    chunks.push(entry);
    offset += entry.length;
  }
  const cd = concat(directory);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, directory.length, true);
  view.setUint16(10, directory.length, true);
  view.setUint32(12, cd.length, true);
  view.setUint32(16, offset, true);
  return concat([...chunks, cd, end]);
}

function localHeader(name: Uint8Array, method: number, compressed: number, size: number, crc = 0): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, method, true);
  view.setUint32(14, crc, true);
  view.setUint32(18, compressed, true);
  view.setUint32(22, size, true);
  view.setUint16(26, name.length, true);
  header.set(name, 30);
  return header;
}

function centralHeader(name: Uint8Array, method: number, compressed: number, size: number, offset: number, crc = 0): Uint8Array {
  const header = new Uint8Array(46 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(10, method, true);
  view.setUint32(16, crc, true);
  view.setUint32(20, compressed, true);
  view.setUint32(24, size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(42, offset, true);
  header.set(name, 46);
  return header;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
