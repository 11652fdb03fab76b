import { describe, expect, it } from 'vitest';
import { acceptLanguageTags, languageOfSystem } from './system-language';

describe('the language used before the deputy chooses one', () => {
  it.each(['zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'zh_CN', 'ZH-hk'])('is Chinese for a system in %s', (tag) => {
    expect(languageOfSystem([tag, 'en-US'])).toBe('zh-CN');
  });

  it.each([['en-US'], ['fr-FR', 'zh-CN'], ['zu'], ['zhx'], []])('is English for a system in %s', (...tags) => {
    expect(languageOfSystem(tags)).toBe('en');
  });

  it("follows the browser's most preferred language in Accept-Language", () => {
    expect(languageOfSystem(acceptLanguageTags('en;q=0.5, zh-CN;q=0.9, fr;q=0.8'))).toBe('zh-CN');
    expect(languageOfSystem(acceptLanguageTags('zh-CN;q=0, en'))).toBe('en');
    expect(languageOfSystem(acceptLanguageTags('*, zh-TW'))).toBe('zh-CN');
    expect(languageOfSystem(acceptLanguageTags(undefined))).toBe('en');
  });
});
