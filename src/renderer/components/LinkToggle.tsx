import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './pickers.css';

interface LinkToggleProps {
  linked: boolean;
  onToggle: (link: boolean) => void;
  citation?: string;
  children: ReactNode;
}

/** One option of a picker: a toggle button that shows what it is and whether it is linked. */
export function LinkToggle({ linked, onToggle, citation, children }: LinkToggleProps) {
  const { t } = useTranslation();
  return (
    <button type="button" className="picker-option" aria-pressed={linked} data-citation={citation} onClick={() => onToggle(!linked)}>
      {children}
      <span className="picker-state">{linked ? t('votes.links.linked') : t('votes.links.link')}</span>
    </button>
  );
}
