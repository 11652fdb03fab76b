import { memo, useContext, useSyncExternalStore } from 'react';
import { segmentText, type HighlightRange, type TextSegment } from '../../app/reading/highlight-segments';
import { HighlightContext } from '../../app/reading/highlight-store';
import { KIND_ICONS } from '../../components/annotation-kinds';

const NONE: readonly HighlightRange[] = [];
const noSubscribe = () => () => undefined;

/** A paragraph's text, split into `<mark>` segments where annotations cover it; re-renders only when its own ranges change. */
export function ParagraphText({ paragraphId, text }: { paragraphId: string; text: string }) {
  const store = useContext(HighlightContext);
  const ranges = useSyncExternalStore(store ? store.subscribe : noSubscribe, () => (store ? store.get(paragraphId) : NONE));
  return <HighlightedText text={text} ranges={ranges} />;
}

const HighlightedText = memo(function HighlightedText({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  if (ranges.length === 0) return <span className="para-text">{text}</span>;
  return (
    <span className="para-text">
      {segmentText(text.length, ranges).map((segment) => (
        <Segment key={segment.start} text={text} segment={segment} />
      ))}
    </span>
  );
});

function Segment({ text, segment }: { text: string; segment: TextSegment }) {
  const content = text.slice(segment.start, segment.end);
  if (segment.ranges.length === 0) return content;
  const top = segment.ranges.at(-1)!;
  const ending = segment.ranges.filter((r) => r.endsHere && r.end === segment.end);
  const icons = ending.map((r) => KIND_ICONS[r.kind]).join('');
  return (
    <mark
      className={`hl hl--${top.kind}${segment.ranges.length > 1 ? ' hl--stacked' : ''}`}
      data-kind={top.kind}
      data-kinds={segment.ranges.map((r) => r.kind).join(' ')}
      data-annotation-ids={segment.ranges.map((r) => r.annotationId).join(' ')}
      data-count={segment.ranges.length}
      data-icon={icons || undefined}
      tabIndex={0}
    >
      {content}
    </mark>
  );
}
