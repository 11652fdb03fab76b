import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';

const SHORT_NAMES: Record<Language, string> = { en: 'EN', 'zh-CN': '中文' };

interface LanguageSwitchProps {
  language: Language;
  onChange: (language: Language) => void;
}

/** EN / 中文 toggle buttons. The short names are shown in their own language, whatever the UI language. */
export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <div className="control-group segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="segment"
          aria-pressed={option === language}
          title={t(`language.${option}`)}
          onClick={() => {
            if (option !== language) onChange(option);
          }}
        >
          {SHORT_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
