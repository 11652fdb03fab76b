import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoticeSchema } from '../../shared/domain/notice';
import { initI18n } from '../i18n/i18n';
import { noticeText } from './notice-text';

beforeAll(() => {
  initI18n('en');
});

const lost = NoticeSchema.parse({
  id: 'texts-lost-1',
  kind: 'texts-lost',
  path: '',
  reason: 'the data folder was deleted while Deputy Desk was running',
  lostTexts: [
    { title: '城市更新专项报告', version: 1, current: false },
    { title: 'Budget report', version: 3, current: true },
  ],
  at: '2026-12-02T04:00:00.000Z',
});

describe('the notice about texts lost with a deleted data folder', () => {
  it('names each lost version and says how to get it back, in English', async () => {
    await i18next.changeLanguage('en');
    const text = noticeText(lost, i18next.t, 'en');
    expect(text).toContain('“城市更新专项报告” version 1; “Budget report” version 3 (the current one)');
    expect(text).toContain('choose “Restore from a backup file…” with a file made by “Back up everything to a file…”');
  });

  it('and in Chinese', async () => {
    await i18next.changeLanguage('zh-CN');
    const text = noticeText(lost, i18next.t, 'zh-CN');
    expect(text).toContain('《城市更新专项报告》第 1 版；《Budget report》第 3 版（当前版本）');
    expect(text).toContain('将全部内容备份到文件');
  });
});
