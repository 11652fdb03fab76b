import { describe, expect, it } from 'vitest';
import { sharedCatalogues, translator } from './shared-i18n';
import { catalogueTexts as keys, placeholders } from './test-support/catalogue-texts';

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
