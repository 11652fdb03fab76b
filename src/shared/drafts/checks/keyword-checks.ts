import { finding, firstMatch, isEnglish, type Rule } from './types';

const FIELDS = ['title', 'reasons', 'basis', 'measures'] as const;

/** Each kind of text a suggestion or proposal is not: the words that give it away, in Chinese and English. */
const KEYWORDS = {
  /** Not a 请示, 报告 or letter. */
  genre: {
    zh: /请批准|请予批准|请批示|特此报告|特此请示|此致\s*敬礼/u,
    en: /\bplease approve\b|\bI hereby report\b|\byours (?:sincerely|faithfully)\b|\bdear sirs?\b/iu,
  },
  /** Not about the deputy's own or family matters. */
  personal: {
    zh: /本人的|我家|我的家人|我父亲|我母亲|我儿子|我女儿|我爱人|我妻子|我丈夫|我的亲属/u,
    en: /\bmy (?:own|family|son|daughter|wife|husband|father|mother|relatives?)\b/iu,
  },
  /** Not forwarding a letter. */
  forwarding: {
    zh: /转交|转呈|转来|来信|附信/u,
    en: /\bforward(?:ing|ed)? (?:a|the|this) letter\b|\b(?:enclosed|attached) letter\b/iu,
  },
  /** Not advertising a product. */
  advertising: {
    zh: /本公司|我公司|产品优势|品牌|欢迎选购|优惠价|促销/u,
    en: /\bour (?:company|product|brand)\b|\bbuy now\b|\bspecial offer\b|\bdiscount price\b/iu,
  },
} as const;

/** Keyword warnings: written as a 请示/报告/letter, about own or family matters, forwarding a letter, advertising. */
export const keywords: Rule = (draft) =>
  Object.entries(KEYWORDS).flatMap(([rule, patterns]) => {
    const hit = firstMatch(draft, FIELDS, isEnglish(draft) ? patterns.en : patterns.zh);
    return hit ? [finding(`keywords.${rule}`, 'should', hit.field, { words: hit.words })] : [];
  });
