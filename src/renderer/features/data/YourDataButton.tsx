import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YourDataDialog } from './YourDataDialog';

/** "Your data" in the top bar: where the data lives, backups, back up and restore. */
export function YourDataButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* The short label is part of the accessible name ("Data" in "Your data"), as WCAG 2.5.3 asks. */}
      <button
        type="button"
        className="toolbar-button"
        aria-haspopup="dialog"
        aria-label={t('data.button')}
        title={t('data.buttonTitle')}
        onClick={() => setOpen(true)}
      >
        {t('data.buttonShort')}
      </button>
      {open && <YourDataDialog onClose={() => setOpen(false)} />}
    </>
  );
}
