import { useCallback, useRef, useState, type RefObject } from 'react';
import { firstSurviving, resumeCandidates } from '../features/reader/resume-paragraph';

/**
 * Where a (re)mounted reader opens: the first of the kept paragraphs the text shown still has. Kept
 * from the paragraph at the top (`topParagraphRef`) when a revision is imported, when the deputy comes
 * back from an earlier version, and when another document opens at a place.
 */
export function useReaderResume(initialParagraphId: string | null, topParagraphRef: RefObject<string | null>) {
  const [resumeAt, setResumeAt] = useState<readonly string[]>(() => (initialParagraphId ? [initialParagraphId] : []));
  const beforeImport = useRef<readonly string[]>([]);

  const openAt = (has: (paragraphId: string) => boolean) => firstSurviving(resumeAt, has);
  const startAt = useCallback(
    (paragraphId: string | null) => {
      setResumeAt(paragraphId ? [paragraphId] : []);
      topParagraphRef.current = paragraphId;
    },
    [topParagraphRef],
  );
  /** Before a revision is imported: the paragraph read now, or the nearest one the revision keeps. */
  const keepBeforeImport = useCallback(
    (paragraphIds: readonly string[]) => (beforeImport.current = resumeCandidates(paragraphIds, topParagraphRef.current)),
    [topParagraphRef],
  );
  const resumeAfterImport = useCallback(() => setResumeAt(beforeImport.current), []);
  const resumeAtTop = useCallback(() => setResumeAt(topParagraphRef.current ? [topParagraphRef.current] : []), [topParagraphRef]);
  return { openAt, startAt, keepBeforeImport, resumeAfterImport, resumeAtTop };
}
