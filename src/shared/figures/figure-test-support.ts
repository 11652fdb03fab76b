/** Test helper: a one-paragraph outline, optionally inside a numbered part with a heading. */
import type { Outline } from '../domain/outline';

export function outlineOf(text: string, part?: { label: string; heading: string }): Outline {
  const paragraph = { id: 'p-1', citation: part === undefined ? '¶1' : `${part.label} ¶1`, text };
  const section = { label: part?.label ?? null, heading: part?.heading ?? '', level: 1, paragraphs: [paragraph], children: [] };
  return { title: 'test', sections: [section] };
}
