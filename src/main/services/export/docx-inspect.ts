/**
 * Reading a packed DOCX back, for the export tests: its parts as text and the attributes of elements.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a DOCX by path ("word/document.xml" …). */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The attributes of every `<tag …>` in `xml`, in document order. */
export function elementAttributes(xml: string, tag: string): Record<string, string>[] {
  const result: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<${tag}(\\s[^>]*?)?/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) if (name) attrs[name] = value ?? '';
    result.push(attrs);
  }
  return result;
}

/** The runs (`<w:r>…</w:r>`) of a part. */
export function runsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '');
}

/** Text without any white space, to compare text across line and paragraph breaks. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
