import type { Language } from '../../shared/domain/settings';

/** The few words the main process shows itself (menus, dialogs), in both interface languages. */
const TEXTS = {
  en: {
    appName: 'Deputy Desk',
    viewMenu: 'View',
    cannotStart: 'Deputy Desk cannot start',
    unsavedTitle: 'Changes not saved',
    unsavedMessage: 'Some changes could not be saved to disk.',
    unsavedDetail: (problem: string) =>
      `Reason: ${problem}. Deputy Desk keeps retrying while it is open. Fix the problem (for example free disk space), then quit. If you quit now, the unsaved changes go to an emergency copy that the next start offers to restore.`,
    keepOpen: 'Keep Deputy Desk open',
    quitAnyway: 'Quit, keeping the changes in an emergency copy',
    wordDocument: 'Word document',
    jsonFile: 'JSON file',
    backupFile: 'Deputy Desk backup',
  },
  'zh-CN': {
    appName: '代表履职助手',
    viewMenu: '视图',
    cannotStart: '无法启动',
    unsavedTitle: '更改未保存',
    unsavedMessage: '部分更改未能保存到磁盘。',
    unsavedDetail: (problem: string) => `原因：${problem}。应用保持打开时会持续重试。请先排除问题（例如释放磁盘空间），再退出。如果现在退出，未保存的更改会存入应急副本，下次启动时可以恢复。`,
    keepOpen: '保持打开',
    quitAnyway: '退出，并将更改存入应急副本',
    wordDocument: 'Word 文档',
    jsonFile: 'JSON 文件',
    backupFile: '履职助手备份',
  },
} as const;

export type MainTexts = (typeof TEXTS)[Language];

/** The deputy's chosen language, else the system's. */
export function mainTexts(language: Language | null, systemLocale: string): MainTexts {
  return TEXTS[language ?? (systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en')];
}
