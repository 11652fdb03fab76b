import { useTranslation } from 'react-i18next';
import { VIEWS, viewHash, type ViewId } from './views';

interface ViewSwitcherProps {
  view: ViewId;
  onSelect: (view: ViewId) => void;
}

/** Reader | Drafts (| Votes…): links in the top bar; the active one is `aria-current="page"`. */
export function ViewSwitcher({ view, onSelect }: ViewSwitcherProps) {
  const { t } = useTranslation();
  return (
    <nav className="view-switcher" aria-label={t('views.label')}>
      <ul className="view-tabs">
        {VIEWS.map((entry) => (
          <li key={entry.id}>
            <a
              className="view-tab"
              href={viewHash({ view: entry.id, draftId: null })}
              aria-current={entry.id === view ? 'page' : undefined}
              data-view={entry.id}
              onClick={(event) => {
                event.preventDefault();
                onSelect(entry.id);
              }}
            >
              {t(entry.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
