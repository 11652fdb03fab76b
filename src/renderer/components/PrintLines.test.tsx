import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintTextLineView, type PrintTextLine } from './PrintLines';

function printed(lines: readonly PrintTextLine[]) {
  const { container } = render(
    <article>
      {lines.map((line, i) => (
        <PrintTextLineView key={i} line={line} />
      ))}
    </article>,
  );
  return [...container.querySelectorAll('article > *')].map(
    (node) => `${node.tagName.toLowerCase()}.${node.className}: ${node.textContent}`,
  );
}

describe('PrintTextLineView', () => {
  it('prints the title, the line under it and headings at their level', () => {
    expect(
      printed([
        { role: 'title', text: 'Deliberation notes' },
        { role: 'edition', text: 'Version 2' },
        { role: 'heading', level: 2, text: 'II. Tasks for 2024' },
      ]),
    ).toEqual([
      'h1.print-title: Deliberation notes',
      'p.print-edition: Version 2',
      'h2.print-heading print-heading--2: II. Tasks for 2024',
    ]);
  });

  it('prints a body as one paragraph per line of its text, the prefix before the first, blank lines dropped', () => {
    expect(printed([{ role: 'body', prefix: '1. ', text: '  Widen the road \r\n\n\u2028 and light it  ' }])).toEqual([
      'p.print-body: 1. Widen the road',
      'p.print-body: and light it',
    ]);
  });

  it('still prints a prefix whose text is empty, and nothing for an empty body without one', () => {
    expect(
      printed([
        { role: 'body', prefix: 'Note: ', text: '' },
        { role: 'body', prefix: '', text: ' \n ' },
      ]),
    ).toEqual(['p.print-body: Note: ']);
  });
});
