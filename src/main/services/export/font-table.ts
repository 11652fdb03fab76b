/**
 * Font table entries for the faces the layout names. `docx` writes an empty `word/fontTable.xml` unless
 * fonts are embedded, so we add them after packing.
 *
 * Why: Word picks a substitute for a missing font from its font table entry (charset, family, pitch
 * and PANOSE), and finds a font by any name listed in `w:altName`. So:
 * - the title face "FZXiaoBiaoSong-B05S" (方正小标宋简体) carries SimSun's PANOSE and the GB2312 charset:
 *   where it is not installed, Word substitutes SimSun (宋体), and the title runs are bold, giving the
 *   "SimSun bold" fallback of DESIGN.md F6. docx cannot make bold conditional on the face being
 *   missing, so where 小标宋 is installed it is shown emboldened too: the price of a title that still
 *   looks like a title on the many machines without it. LibreOffice ignores PANOSE and falls back
 *   through fontconfig to a CJK serif (Noto Serif CJK SC here).
 * - FangSong, SimHei, KaiTi and SimSun list their Chinese names (仿宋, 黑体, 楷体, 宋体) and the older
 *   GB2312 names (仿宋_GB2312, 楷体_GB2312) that many government machines still have.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TITLE_FACE_NAME } from './official-layout';

interface FontEntry {
  readonly name: string;
  readonly altNames: readonly string[];
  readonly panose: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

const SIMSUN_PANOSE = '02010600030101010101';
const FIXED_CJK_PANOSE = '02010609060101010101';

const FONT_ENTRIES: readonly FontEntry[] = [
  { name: TITLE_FACE_NAME, altNames: ['方正小标宋简体', 'FZXiaoBiaoSong-B05'], panose: SIMSUN_PANOSE, family: 'auto', pitch: 'variable' },
  { name: 'SimSun', altNames: ['宋体'], panose: SIMSUN_PANOSE, family: 'auto', pitch: 'variable' },
  { name: 'FangSong', altNames: ['仿宋', '仿宋_GB2312', 'Noto Serif CJK SC'], panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
  { name: 'SimHei', altNames: ['黑体'], panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
  { name: 'KaiTi', altNames: ['楷体', '楷体_GB2312'], panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
];

function fontXml(font: FontEntry): string {
  // Child order follows CT_Font: altName, panose1, charset, family, pitch. 86 = GB2312.
  return (
    `<w:font w:name="${font.name}"><w:altName w:val="${font.altNames.join(',')}"/>` +
    `<w:panose1 w:val="${font.panose}"/><w:charset w:val="86"/><w:family w:val="${font.family}"/>` +
    `<w:pitch w:val="${font.pitch}"/></w:font>`
  );
}

const FONT_TABLE = 'word/fontTable.xml';

/** Adds the CJK faces to the font table of a packed DOCX; a package without one is returned as is. */
export function addFontTableEntries(docx: Uint8Array): Buffer {
  const files = unzipSync(docx);
  const table = files[FONT_TABLE];
  if (table === undefined) return Buffer.from(docx);
  const xml = strFromU8(table);
  const entries = FONT_ENTRIES.map(fontXml).join('');
  const patched = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/(<w:fonts\b[^>]*?)\s*\/>/, `$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
  files[FONT_TABLE] = strToU8(patched);
  return Buffer.from(zipSync(files, { level: 6 }));
}
