import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where pdf.js finds its CMaps and standard fonts: folders, each path ending in a separator. */
export interface PdfResources {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/**
 * The app's copy of pdf.js's CMaps and standard fonts (resources/pdfjs, copied from pdfjs-dist by
 * scripts/copy-pdfjs-data.mjs), looked up from this module's folder upwards: the sources, the built
 * app (out/main) and the tests' bundled worker (node_modules/.cache) all sit below the app root.
 */
export function findPdfResources(from: string = dirname(fileURLToPath(import.meta.url))): PdfResources {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'resources', 'pdfjs');
    if (existsSync(join(candidate, 'cmaps', 'UniGB-UCS2-H.bcmap')) && existsSync(join(candidate, 'standard_fonts'))) {
      return { cMapUrl: join(candidate, 'cmaps') + '/', standardFontDataUrl: join(candidate, 'standard_fonts') + '/' };
    }
    if (dirname(folder) === folder) break;
  }
  throw new Error(`pdf.js's CMaps are missing (resources/pdfjs above ${from}): run "node scripts/copy-pdfjs-data.mjs"`);
}
