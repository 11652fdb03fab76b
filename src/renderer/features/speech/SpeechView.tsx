import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/query/useApiQuery';
import { useApiMutation } from '../../app/query/useApiMutation';
import { useShortcuts } from '../../app/useShortcuts';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import type { OpenPlace } from './speech-links';
import { SpeechCardEditor } from './SpeechCardEditor';
import type { UnsavedPoints } from './useSpeechCards';
import { useSpeechRemoval } from './useSpeechRemoval';
import './speech.css';

export const SPEECH_MAIN_ID = 'speech-main';

interface SpeechViewProps {
  /** Opens the reader at a passage or annotation. */
  openPlace: OpenPlace;
  notify: (notice: WorkspaceNotice | null) => void;
  unsaved: UnsavedPoints;
}

/** Speech cards for the panel deliberation (审议发言): the list, and the card being prepared or practised. */
export function SpeechView({ openPlace, notify, unsaved }: SpeechViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const cards = useApiQuery('speech.list', {});
  const create = useApiMutation('speech.create');
  const [openId, setOpenId] = useState<string | null>(null);
  const removal = useSpeechRemoval({ notify, onRestored: setOpenId });
  useShortcuts({ 'edit.undoDelete': () => void removal.undoLast() });
  const list = cards.data ?? [];
  const open = list.find((c) => c.id === openId) ?? list[0];

  const newCard = async () => {
    const card = await create.mutateAsync({ title: '', language: i18n.language === 'zh-CN' ? 'zh-CN' : 'en' });
    setOpenId(card.id);
  };
  const removeCard = async (cardId: string, title: string) => {
    if (await removal.remove(cardId, title)) setOpenId(null);
  };

  return (
    <main id={SPEECH_MAIN_ID} className="speech-view" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="speech-view">
      <aside className="speech-sidebar" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="speech-sidebar-title">
          {t('speech.title')}
        </h2>
        <p className="field-hint">{t('speech.intro')}</p>
        <button type="button" className="primary-button" onClick={() => void newCard()} data-testid="speech-new">
          {t('speech.newCard')}
        </button>
        {cards.isError && <p className="field-error">{t('speech.loadFailed')}</p>}
        <ul className="speech-card-list" aria-label={t('speech.listLabel')}>
          {list.map((card) => (
            <li key={card.id}>
              <button
                type="button"
                className={`speech-card-item${card.id === open?.id ? ' speech-card-item--open' : ''}`}
                aria-current={card.id === open?.id}
                onClick={() => setOpenId(card.id)}
              >
                {card.title.trim() || t('speech.untitled')}
                <span className="speech-card-meta">{t('speech.meta', { count: card.points.length, minutes: card.minutes })}</span>
              </button>
            </li>
          ))}
        </ul>
        {cards.isSuccess && list.length === 0 && <p className="field-hint">{t('speech.none')}</p>}
      </aside>
      <div className="speech-detail">
        {open ? (
          <SpeechCardEditor
            key={open.id}
            card={open}
            unsaved={unsaved}
            openPlace={openPlace}
            notify={notify}
            onRemove={() => void removeCard(open.id, open.title)}
          />
        ) : (
          <p className="field-hint speech-empty">{t('speech.pickOrCreate')}</p>
        )}
      </div>
    </main>
  );
}
