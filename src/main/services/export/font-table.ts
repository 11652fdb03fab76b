/**
 * Font table entries for the faces the layout names. `docx` writes an empty `word/fontTable.xml` unless
 * fonts are embedded, so they are added after packing (docx-package.ts).
 *
 * Why: Word picks a substitute for a missing font from its font table entry (charset, family, pitch
 * and PANOSE), and finds a font by the one name in `w:altName` (CT_Font allows a single alternate name).
 * So the title face "FZXiaoBiaoSong-B05S" (方正小标宋简体) carries SimSun's PANOSE and the GB2312 charset:
 * where it is not installed, Word substitutes SimSun (宋体), not bold (GB/T 9704 asks for 小标宋 without
 * bold). FangSong, SimHei, KaiTi and SimSun name their Chinese names (仿宋, 黑体, 楷体, 宋体) as the
 * alternate. LibreOffice ignores PANOSE and alternates and falls back through fontconfig, which on a
 * machine without these faces gives one CJK face for all (the rendering tests map them to distinct
 * free faces with scripts/fontconfig/official-faces.conf).
 */
import { TITLE_FACE_NAME } from './official-layout';

interface FontEntry {
  readonly name: string;
  readonly altName: string;
  readonly panose: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

const SIMSUN_PANOSE = '02010600030101010101';
const FIXED_CJK_PANOSE = '02010609060101010101';

const FONT_ENTRIES: readonly FontEntry[] = [
  { name: TITLE_FACE_NAME, altName: '方正小标宋简体', panose: SIMSUN_PANOSE, family: 'auto', pitch: 'variable' },
  { name: 'SimSun', altName: '宋体', panose: SIMSUN_PANOSE, family: 'auto', pitch: 'variable' },
  { name: 'FangSong', altName: '仿宋', panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
  { name: 'SimHei', altName: '黑体', panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
  { name: 'KaiTi', altName: '楷体', panose: FIXED_CJK_PANOSE, family: 'modern', pitch: 'fixed' },
];

function fontXml(font: FontEntry): string {
  // Child order follows CT_Font: altName, panose1, charset, family, pitch. 86 = GB2312.
  return (
    `<w:font w:name="${font.name}"><w:altName w:val="${font.altName}"/>` +
    `<w:panose1 w:val="${font.panose}"/><w:charset w:val="86"/><w:family w:val="${font.family}"/>` +
    `<w:pitch w:val="${font.pitch}"/></w:font>`
  );
}

/** `word/fontTable.xml` with the CJK faces added. */
export function withFontEntries(xml: string): string {
  const entries = FONT_ENTRIES.map(fontXml).join('');
  return /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/(<w:fonts\b[^>]*?)\s*\/>/, `$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
}
