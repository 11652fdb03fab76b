import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, type DraftContent } from '../../shared/domain/draft';
import { DomainError } from './domain-error';
import { parseDraftFile, serializeDraftFile } from './draft-file';

/** The message a refused draft file shows the deputy, in `language`. */
function refusal(text: string, language: 'en' | 'zh-CN'): string {
  try {
    parseDraftFile(text);
  } catch (error) {
    if (error instanceof DomainError) return error.messageIn(language);
    throw error;
  }
  throw new Error('the file was accepted');
}

const content: DraftContent = {
  kind: DRAFT_KINDS[0],
  language: 'zh-CN',
  title: 'A title',
  category: '',
  reasons: 'Reasons',
  basis: '',
  measures: [],
  citations: [],
  leadDeputy: '',
  delegation: '',
  deputyNumber: '',
  contact: '',
  coSigners: [],
  date: '',
};
const good = (): Record<string, unknown> => JSON.parse(serializeDraftFile(content));

describe('a refused draft file', () => {
  it('names the field that is wrong and what to do, in Chinese', () => {
    const file = good();
    delete (file.draft as Record<string, unknown>).title;
    expect(refusal(JSON.stringify(file), 'zh-CN')).toBe(
      '无法导入此草稿文件：字段 draft.title 有误：缺少该项。请重新导出该草稿，或请发送者另发一份。',
    );
    (file.draft as Record<string, unknown>).title = 42;
    expect(refusal(JSON.stringify(file), 'zh-CN')).toBe(
      '无法导入此草稿文件：字段 draft.title 有误：类型不对（文字、数字、列表等）。请重新导出该草稿，或请发送者另发一份。',
    );
    expect(refusal(JSON.stringify({ ...good(), format: 'something-else' }), 'zh-CN')).toBe(
      '无法导入此草稿文件：字段 format 有误：其值不在允许的范围内。请重新导出该草稿，或请发送者另发一份。',
    );
  });

  it('says so in English too, with no wording of the checking library', () => {
    expect(refusal(JSON.stringify({ ...good(), formatVersion: 7 }), 'en')).toBe(
      'This draft file cannot be imported: the field formatVersion is wrong: it holds a value that is not allowed. Export the draft again, or ask its sender for a fresh copy.',
    );
    expect(refusal('[1]', 'zh-CN')).toMatch(/^无法导入此草稿文件：[^A-Za-z]+$/);
  });
});
