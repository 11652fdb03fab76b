/**
 * Whether a page's extracted text is text at all. PDFs whose fonts are embedded without a map back
 * to Unicode (no ToUnicode, common in Chinese official PDFs) extract as U+FFFD, private-use or
 * control characters, or as characters that exist but make no sense: glyph numbers read as
 * code points land anywhere among the 20,000 CJK ideographs, while real Chinese prose is mostly made
 * of a few hundred common characters.
 */

/** The most common characters of Chinese prose (government reports included), about 45% of any page of it. */
const COMMON_HANZI = new Set(
  Array.from(
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严推稳施项目健完善保障坚持加快提升推进促进推动落实深化创新服务城乡居民就业收入投资消费财政预算',
  ),
);

/** At least this many characters before a page is judged (a page number or a short caption is not). */
const MIN_CHARS = 20;

export interface PageQuality {
  chars: number;
  /** Readable, or why not. */
  readable: boolean;
}

export function judgePageText(text: string): PageQuality {
  let chars = 0;
  let broken = 0;
  let implausible = 0;
  let hanzi = 0;
  let common = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    chars += 1;
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000)
      broken += 1;
    else if (!plausible(code)) implausible += 1;
    if (code >= 0x4e00 && code <= 0x9fff) {
      hanzi += 1;
      if (COMMON_HANZI.has(ch)) common += 1;
    }
  }
  if (chars < MIN_CHARS) return { chars, readable: broken === 0 };
  const readable = broken <= chars * 0.02 && implausible <= chars * 0.2 && (hanzi < 40 || common >= hanzi * 0.1);
  return { chars, readable };
}

/** Letters, digits and punctuation that reports are written in: ASCII, Latin, general and CJK punctuation, CJK, full-width forms. */
function plausible(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3200 && code <= 0x33ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}
