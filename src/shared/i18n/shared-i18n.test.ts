import { describe, expect, it } from 'vitest';
import { sharedCatalogues, translator } from './shared-i18n';

type Catalogue = { [key: string]: string | Catalogue };

/** Keys of a catalogue, dotted, with i18next's plural suffixes folded into their base key. */
function keys(catalogue: Catalogue, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else for (const [k, v] of keys(value, path)) out.set(k, v);
  }
  return out;
}

/** `{{title}}` → title, `{{limit, number}}` → limit,number: the same names, with the same formatter (its options may differ). */
const placeholders = (texts: readonly string[]) =>
  [
    ...new Set(
      texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)[^}]*)?\}\}/g)].map((m) => [m[1], m[2]].filter(Boolean).join(','))),
    ),
  ].sort();

describe('main-process and export catalogues', () => {
  it.each(['shell', 'export', 'errors'] as const)(
    '%s: the same keys and placeholders in English and Simplified Chinese, none empty',
    (ns) => {
      const en = keys(sharedCatalogues.en[ns]);
      const zh = keys(sharedCatalogues['zh-CN'][ns]);
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, texts] of en) {
        expect(placeholders(zh.get(key) ?? []), key).toEqual(placeholders(texts));
        for (const text of [...texts, ...(zh.get(key) ?? [])]) expect(text.trim(), key).not.toBe('');
      }
    },
  );

  it('fills placeholders and picks the English plural by count; Chinese has one form', () => {
    const en = translator('en', 'export', 'votes');
    expect(en('problem.unmarkedCandidates', { count: 1 })).toBe('1 candidate is not marked yet');
    expect(en('problem.unmarkedCandidates', { count: 3 })).toBe('3 candidates are not marked yet');
    expect(translator('zh-CN', 'export', 'votes')('problem.unmarkedCandidates', { count: 3 })).toBe('尚有3个项目未标记');
    expect(translator('zh-CN', 'shell')('unsavedDetail', { problem: '磁盘已满' })).toMatch(/^原因：磁盘已满。/);
  });

  it('does not escape text: quotes and ampersands stay as typed', () => {
    expect(translator('en', 'export', 'draft')('field', { label: 'R&D', value: '"A" <b>' })).toBe('R&D: "A" <b>');
  });
});
