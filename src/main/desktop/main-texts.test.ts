import { describe, expect, it } from 'vitest';
import { mainTexts } from './main-texts';

describe('main-process texts', () => {
  it('follow the chosen language, else the system locale', () => {
    expect(mainTexts('zh-CN', 'en-US').viewMenu).toBe('视图');
    expect(mainTexts('en', 'zh-CN').viewMenu).toBe('View');
    expect(mainTexts(null, 'zh-TW').keepOpen).toBe('保持打开');
    expect(mainTexts(null, 'de-DE').keepOpen).toBe('Keep Deputy Desk open');
  });

  it('have the same entries in both languages', () => {
    expect(Object.keys(mainTexts('zh-CN', '')).sort()).toEqual(Object.keys(mainTexts('en', '')).sort());
  });
});
