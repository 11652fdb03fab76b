/**
 * What `docx` cannot write, patched into the packed file in one pass: the font table's CJK faces,
 * grid snapping off by default, and a cached value in PAGE fields.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { withFontEntries } from './font-table';

/**
 * The section declares the 22 × 28 grid (so Word's 页面设置 › 文档网格 shows it), but text does not snap
 * to it: LibreOffice lays a 22 pt title on two rows of a snapped grid, and 16 pt characters snapped to a
 * 15.8 pt character grid 14 a line. Exact 28.9 pt lines and the 0.3 pt condensing give 22 × 28 alone.
 */
function withoutGridSnapping(styles: string): string {
  return styles.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"/>');
}

/**
 * A PAGE field with nothing between `separate` and `end` shows nothing in viewers that do not compute
 * fields (previews, some phone apps): cache "1", in the run properties of the field's own runs.
 */
function withCachedPageNumbers(part: string): string {
  return part.replace(
    /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>(?=<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/>)/g,
    (run: string, rPr: string | undefined) => `${run}<w:r>${rPr ?? ''}<w:t>1</w:t></w:r>`,
  );
}

/** Applies the patches to a packed DOCX; parts that are missing are left alone. */
export function finishPackage(docx: Uint8Array): Buffer {
  const files = unzipSync(docx);
  const patch = (path: string, change: (xml: string) => string) => {
    const bytes = files[path];
    if (bytes !== undefined) files[path] = strToU8(change(strFromU8(bytes)));
  };
  patch('word/fontTable.xml', withFontEntries);
  patch('word/styles.xml', withoutGridSnapping);
  for (const path of Object.keys(files)) if (/^word\/footer\d*\.xml$/.test(path)) patch(path, withCachedPageNumbers);
  return Buffer.from(zipSync(files, { level: 6 }));
}
