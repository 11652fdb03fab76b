import { describe, expect, it } from 'vitest';
import { languageFromLocale, resolveLanguage } from './resolve-language';

describe('languageFromLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr-FR', 'en'],
    ['zu', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });

  it('falls back to English without a locale', () => {
    expect(languageFromLocale(undefined)).toBe('en');
    expect(languageFromLocale(null)).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('follows the system when no choice was made', () => {
    expect(resolveLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(resolveLanguage(null, 'de-DE')).toBe('en');
  });
});
