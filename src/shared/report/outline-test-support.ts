// Helpers for the parser's tests only (imported by *.test.ts files).
import { expect } from 'vitest';
import type { Outline, Section } from '../domain/outline';
import { OutlineSchema } from '../domain/outline';
import { parseReport } from './parse-report';

/** Compact view of the tree: [label, heading, level, paragraph texts, children]. */
export type Shape = [string | null, string, number, string[], Shape[]];
export function shape(sections: Section[]): Shape[] {
  return sections.map((s) => [s.label, s.heading, s.level, s.paragraphs.map((p) => p.text), shape(s.children)]);
}

export function citations(sections: Section[]): string[] {
  return sections.flatMap((s) => [...s.paragraphs.map((p) => p.citation), ...citations(s.children)]);
}

/** Parses and checks that the result matches the outline schema. */
export function parse(text: string, fallbackTitle?: string): Outline {
  const outline = parseReport(text, { fallbackTitle });
  expect(OutlineSchema.safeParse(outline).success).toBe(true);
  return outline;
}

export const BODY = 'This is body text of a reasonable length that ends like a sentence.';
