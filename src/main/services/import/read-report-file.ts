import { extname } from 'node:path';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '../../../shared/domain/limits';
import type { JobContext } from '../../workers/serve-jobs';
import { checkReportText } from './check-report-text';
import { decodeText } from './decode-text';
import { refuse } from './import-error';
import { readPdf } from './pdf-report';
import { readDocx } from './read-docx';

/**
 * The text of a report file in any format Deputy Desk imports, or a refusal (JobRefused with an
 * ImportRefusal) that says what is wrong. The app runs this in a capped worker (import.readFile).
 */
export async function readReportFile(fileName: string, bytes: Uint8Array, context?: JobContext): Promise<{ text: string; format: string }> {
  if (bytes.length > MAX_IMPORT_BYTES) refuse({ code: 'tooLarge', limit: MAX_IMPORT_BYTES });
  if (bytes.length === 0) refuse({ code: 'empty' });
  const extension = extname(fileName).toLowerCase();
  if (extension !== '' && !(IMPORT_EXTENSIONS as readonly string[]).includes(extension))
    refuse({ code: 'unsupported', extension: extension.slice(0, 20) });
  let text: string;
  let format: string;
  if (extension === '.docx') {
    text = await readDocx(bytes, context);
    format = 'docx';
  } else if (extension === '.pdf') {
    text = await readPdf(bytes, context);
    format = 'pdf';
  } else {
    context?.progress({ stage: 'decoding', done: 0, total: null });
    const decoded = decodeText(bytes);
    if (!decoded) refuse({ code: 'binary' });
    text = decoded.text.replace(/^\uFEFF/, '');
    format = `${extension.slice(1) || 'txt'} (${decoded.encoding})`;
  }
  const problem = checkReportText(text);
  if (problem) refuse(problem);
  return { text, format };
}
