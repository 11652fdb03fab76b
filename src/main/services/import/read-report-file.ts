import { extname } from 'node:path';
import { decodeText } from './decode-text';
import { importRefused, MAX_IMPORT_BYTES } from './import-error';
import { readDocx } from './read-docx';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

/** The text of a report file in any format Deputy Desk imports, or a refusal that says what is wrong. */
export async function readReportFile(fileName: string, bytes: Uint8Array): Promise<{ text: string; format: string }> {
  if (bytes.length > MAX_IMPORT_BYTES) throw importRefused(fileName, 'it is larger than 50 MB, far more than any report.');
  if (bytes.length === 0) throw importRefused(fileName, 'the file is empty.');
  const extension = extname(fileName).toLowerCase();
  if (extension === '.docx') return { text: await readDocx(fileName, bytes), format: 'docx' };
  if (extension !== '.txt' && extension !== '.md' && extension !== '') {
    throw importRefused(fileName, `${extension} files are not supported. Import a .txt, .md or .docx file, or paste the text.`);
  }
  const decoded = decodeText(bytes);
  if (!decoded) throw importRefused(fileName, 'it is not a text file (it holds binary data). Choose the .txt, .md or .docx file of the report.');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw importRefused(fileName, 'it holds no text.');
  return { text, format: `${extension.slice(1) || 'txt'} (${decoded.encoding})` };
}
