import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const catalogues = { en: flatten(en), 'zh-CN': flatten(zhCN) };

describe('UI catalogues', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect([...catalogues['zh-CN'].keys()].sort()).toEqual([...catalogues.en.keys()].sort());
  });

  it.each(Object.entries(catalogues))('%s has no empty strings', (_name, entries) => {
    const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    for (const [key, text] of catalogues.en) {
      expect(placeholders(catalogues['zh-CN'].get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

/** An i18next instance with both catalogues, as the app starts it (nesting and plurals on). */
function translator(lng: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const t = (key: string, options: Record<string, unknown> = {}): string => String(instance.t(key as never, options as never));
  return { t };
}

/** Every key as the code asks for it: plural forms under their base key. */
const baseKeys = [...new Set([...catalogues.en.keys()].map((key) => key.replace(/_(?:zero|one|two|few|many|other)$/, '')))];

describe('counts read as a person would say them', () => {
  // These messages only ever show a count of 2 or more (a duplicate needs two; a note over the limit has thousands).
  const neverOne = new Set([
    'votes.ballotProblem.rankDuplicate',
    'votes.ballotProblem.rankGapMany',
    'votes.ballotProblem.duplicateName',
    'annotation.noteTooLong',
  ]);

  it('no English message says “1 …s” when the count is 1', () => {
    const { t } = translator('en');
    const wrong = baseKeys
      .filter((key) => !neverOne.has(key) && /\{\{count\}\}/.test(catalogues.en.get(key) ?? catalogues.en.get(`${key}_other`) ?? ''))
      .map((key) => [key, t(key, { count: 1, shown: 1, max: 7, need: 7, total: 7 })])
      .filter(([, text]) => /\b1 [a-z-]+s\b/.test(text!));
    expect(wrong).toEqual([]);
  });

  it('the restore message counts each kind of record in the singular or plural, and says what to do next', () => {
    const { t } = translator('en');
    const restored = t('data.restored', {
      documents: t('data.restoredDocuments', { count: 1 }),
      annotations: t('data.restoredAnnotations', { count: 1 }),
      drafts: t('data.restoredDrafts', { count: 0 }),
    });
    expect(restored).toBe('Restored from the backup file: 1 document, 1 annotation, 0 drafts.');
    expect(t('data.reloadHint')).toBe('The window still shows your data as it was: press “Reload Deputy Desk” to see the restored data.');
    expect(translator('zh-CN').t('data.reloadHint')).toContain('“重新加载代表履职助手”');
  });
});

describe('one product name per language', () => {
  it('the Chinese interface calls the product 代表履职助手 everywhere, never “Deputy Desk”', () => {
    const { t } = translator('zh-CN');
    const english = baseKeys.filter((key) => t(key, { count: 2 }).includes('Deputy Desk'));
    expect(english).toEqual([]);
    for (const key of [
      'data.intro',
      'data.notSaving',
      'data.backupsExplained',
      'data.notSavedYet',
      'notice.storeRecovered',
      'data.reload',
    ]) {
      expect(t(key), key).toContain('代表履职助手');
    }
  });

  it('both catalogues name the product only through app.name', () => {
    for (const [name, entries] of Object.entries(catalogues)) {
      const literal = [...entries]
        .filter(([key, text]) => key !== 'app.name' && (text.includes('Deputy Desk') || text.includes('代表履职助手')))
        .map(([key]) => key);
      expect(literal, name).toEqual([]);
    }
  });

  it('the column of chosen candidates reads 已选 in Chinese', () => {
    expect(translator('zh-CN').t('votes.ballot.markHeader.chooseUpTo')).toBe('已选');
    expect(translator('en').t('votes.ballot.markHeader.chooseUpTo')).toBe('Chosen');
  });
});
