import type { Language } from '../../shared/domain/settings';
import { translator } from '../../shared/i18n/shared-i18n';

/** The few words the main process shows itself (menus, dialogs), from the `shell` catalogue (src/shared/i18n/shell). */
export interface MainTexts {
  readonly appName: string;
  readonly viewMenu: string;
  readonly cannotStart: string;
  readonly unsavedTitle: string;
  readonly unsavedMessage: string;
  readonly unsavedDetail: (problem: string) => string;
  readonly keepOpen: string;
  readonly quitAnyway: string;
  readonly wordDocument: string;
  readonly jsonFile: string;
  readonly backupFile: string;
  readonly fileMenu: string;
  readonly print: string;
  readonly saveAsPdf: string;
  readonly pdfFile: string;
  readonly printFailed: string;
}

/** The deputy's chosen language, else the system's. */
export function mainTexts(language: Language | null, systemLocale: string): MainTexts {
  const t = translator(language ?? (systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'), 'shell');
  return {
    appName: t('appName'),
    viewMenu: t('viewMenu'),
    cannotStart: t('cannotStart'),
    unsavedTitle: t('unsavedTitle'),
    unsavedMessage: t('unsavedMessage'),
    unsavedDetail: (problem) => t('unsavedDetail', { problem }),
    keepOpen: t('keepOpen'),
    quitAnyway: t('quitAnyway'),
    wordDocument: t('wordDocument'),
    jsonFile: t('jsonFile'),
    backupFile: t('backupFile'),
    fileMenu: t('fileMenu'),
    print: t('print'),
    saveAsPdf: t('saveAsPdf'),
    pdfFile: t('pdfFile'),
    printFailed: t('printFailed'),
  };
}
