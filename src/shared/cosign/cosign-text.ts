import type { DraftContent } from '../domain/draft';
import { translator } from '../i18n/shared-i18n';

/**
 * The text co-signers read and confirm: the draft's title, sections, measures and cited passages,
 * headed in the draft's own language. The deputies' names and the co-signers' list are not part of
 * it: adding a co-signer does not change what the others confirmed.
 */
export function coSignText(draft: DraftContent): string {
  const t = translator(draft.language, 'export', 'draft');
  const kind = draft.kind;
  const parts: string[] = [];
  const section = (heading: string, body: string) => {
    if (body.trim() !== '') parts.push(`${heading}\n${body.trim()}`);
  };
  if (draft.title.trim() !== '') parts.push(draft.title.trim());
  section(t(`reasons.${kind}`), draft.reasons);
  section(t(`basis.${kind}`), draft.basis);
  const measures = draft.measures.map((m) => m.trim()).filter((m) => m !== '');
  section(t(`measures.${kind}`), measures.map((m, i) => `${t('measureNumber', { n: i + 1 })}${m}`).join('\n'));
  section(
    t('citations'),
    draft.citations
      .map((c) => {
        const source = t(c.documentTitle === '' ? 'source.citation' : c.citation === '' ? 'source.title' : 'source.both', {
          citation: c.citation,
          title: c.documentTitle,
        });
        return t('cited', { quote: c.quote, source });
      })
      .join('\n'),
  );
  return parts.join('\n\n');
}

/** The SHA-256 of a text's UTF-8 bytes, in lowercase hexadecimal (WebCrypto: the same on both sides). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
