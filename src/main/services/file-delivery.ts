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

/** A file name for an export: the title without characters that file systems refuse, never empty. */
export function safeFileName(title: string, fallback: string, extension: string): string {
  const cleaned = [...title]
    .map((char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' || '<>:"/\\|?*'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80);
  return `${cleaned || fallback}.${extension}`;
}
