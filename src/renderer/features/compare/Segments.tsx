import type { Segment } from '../../../shared/compare/word-diff';

/** One side of a word diff: the old side shows deletions (`<del>`), the new side insertions (`<ins>`); inline shows both. */
export function Segments({ segments, side }: { segments: readonly Segment[]; side: 'old' | 'new' | 'both' }) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.kind === 'same') return segment.text;
        if (segment.kind === 'removed')
          return side === 'new' ? null : (
            <del key={i} className="cmp-del">
              {segment.text}
            </del>
          );
        return side === 'old' ? null : (
          <ins key={i} className="cmp-ins">
            {segment.text}
          </ins>
        );
      })}
    </>
  );
}
