import type { Delivery } from '../../shared/domain/delivery';

export interface OutgoingFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** How an exported file reaches the deputy: Electron asks where to save it; the web host hands it to the page. */
export type FileDelivery = (file: OutgoingFile) => Promise<Delivery>;

/** The web host's delivery: the page turns the bytes into a download. */
export const downloadDelivery: FileDelivery = async ({ fileName, mimeType, bytes }) => ({
  kind: 'download',
  fileName,
  mimeType,
  base64: Buffer.from(bytes).toString('base64'),
});

/** Bidi embeddings, overrides and isolates: they can make "x‮cod.exe" look like another extension. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** Half of a surrogate pair (a code point split from its partner): not a character at all. */
const LONE_SURROGATE = /^[\ud800-\udfff]$/;

/**
 * A file name for an export: the title without characters that file systems refuse, bidi controls
 * or lone surrogates, at most 80 characters (never cutting one in two), never empty.
 */
export function safeFileName(title: string, fallback: string, extension: string): string {
  const cleaned = [...title]
    .map((char) =>
      char.charCodeAt(0) < 0x20 || char === '\u007f' || '<>:"/\\|?*'.includes(char) || BIDI_CONTROLS.test(char) || LONE_SURROGATE.test(char)
        ? ' '
        : char,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  // Windows refuses names ending in a dot or space.
  const short = [...cleaned]
    .slice(0, 80)
    .join('')
    .replace(/[. ]+$/, '');
  return `${short || fallback}.${extension}`;
}
