import { useState, type ReactNode } from 'react';
import type { WorkspaceNotice } from '../../app/workspace-notice';
import type { OpenPlace } from './speech-links';
import { SPEECH_MAIN_ID, SpeechView } from './SpeechView';
import type { UnsavedPoints } from './useSpeechCards';

/** The speech cards as the workspace holds them: the view, and the points not yet saved (kept while other views are shown). */
export function useSpeech({ openPlace, notify }: { openPlace: OpenPlace; notify: (notice: WorkspaceNotice | null) => void }): {
  view: ReactNode;
  mainId: string;
} {
  const [unsaved] = useState<UnsavedPoints>(() => new Map());
  return { view: <SpeechView openPlace={openPlace} notify={notify} unsaved={unsaved} />, mainId: SPEECH_MAIN_ID };
}
