import { describe, expect, it } from 'vitest';
import { BODY, citations, parse, shape } from './outline-test-support';

describe('parseReport: degenerate input', () => {
  it('returns no sections for empty or blank text', () => {
    expect(parse('')).toEqual({ title: 'Untitled', sections: [] });
    expect(parse('\ufeff\r\n  \r\n', 'my-report')).toEqual({ title: 'my-report', sections: [] });
  });

  it('makes text without structure one unlabelled section', () => {
    const outline = parse('First paragraph here.\n\nSecond paragraph here.', 'notes');
    expect(outline.title).toBe('notes');
    expect(shape(outline.sections)).toEqual([[null, '', 1, ['First paragraph here.', 'Second paragraph here.'], []]]);
    expect(citations(outline.sections)).toEqual(['¶1', '¶2']);
  });

  it.each(['\u0000\u0001 weird ### bytes', '1.\n2.\n3.', 'I.\nII.', '（）\n()\n、\n。', '#\n##\n###', '\n\n\n', '——'])(
    'never throws on %j',
    (text) => {
      expect(() => parse(text)).not.toThrow();
    },
  );
});

describe('parseReport: Roman numeral parts', () => {
  it.each([
    ['I.AReview of Our Work', 'AReview of Our Work'],
    ['I. AReview of Our Work', 'AReview of Our Work'],
    ['I. A Review of Our Work', 'A Review of Our Work'],
  ])('tolerates %j', (line, heading) => {
    const outline = parse(`Title\n\n${line}\n\n${BODY}\n\nII.The overall requirements go as follows:\n\n${BODY}`);
    expect(outline.sections.map((s) => [s.label, s.heading])).toEqual([
      [null, ''],
      ['I', heading],
      ['II', 'The overall requirements go as follows:'],
    ]);
  });

  it('requires parts in sequence starting at I', () => {
    const outline = parse(`Title\n\nII. Out of order\n\n${BODY}\n\nI. First\n\nIII. Skipped\n\n${BODY}`);
    expect(outline.sections.map((s) => s.label)).toEqual([null, 'I']);
    expect(outline.sections[1]?.paragraphs.map((p) => p.text)).toEqual(['III. Skipped', BODY]);
  });
});

describe('parseReport: numbered items', () => {
  it('treats paragraphs starting with numbers as paragraphs', () => {
    const lines = [
      'I. Review',
      '2022 was a year of extraordinary significance.',
      '12.44 million people were covered by insurance.',
      '2.5 billion yuan was invested in schools.',
      '3.5% growth was recorded.',
    ];
    const outline = parse(lines.join('\n\n'), 'f');
    expect(shape(outline.sections)).toEqual([['I', 'Review', 1, lines.slice(1), []]]);
  });

  it('accepts only the next number in sequence; 1 restarts under a new part', () => {
    const text = [
      'I. Review',
      '1. First item.',
      '3. Not an item: 2 is missing.',
      '2. Second item.',
      '2. Not an item either: a repeated number.',
      'II. Tasks',
      '1. First task.',
    ].join('\n');
    const outline = parse(text);
    expect(shape(outline.sections)).toEqual([
      [
        'I',
        'Review',
        1,
        [],
        [
          ['1', 'First item.', 2, ['3. Not an item: 2 is missing.'], []],
          ['2', 'Second item.', 2, ['2. Not an item either: a repeated number.'], []],
        ],
      ],
      ['II', 'Tasks', 1, [], [['1', 'First task.', 2, [], []]]],
    ]);
  });

  it('keeps "——" bullets as paragraphs of the current item', () => {
    const text = ['I. Tasks', '1. Do this.', '——first bullet', '—— second bullet', '2. Do that.'].join('\n');
    const outline = parse(text);
    expect(outline.sections[0]?.children[0]?.paragraphs.map((p) => p.text)).toEqual(['——first bullet', '—— second bullet']);
    expect(outline.sections[0]?.children.map((c) => c.label)).toEqual(['1', '2']);
  });
});

describe('parseReport: closing paragraphs of a part', () => {
  it('moves paragraphs after the last of several single-paragraph items to a closing block', () => {
    const text = [
      'I. Review',
      'Opening.',
      '1. We did task one. Details of one.',
      '2. We did task two. Details of two.',
      'In addition, other work progressed.',
      'We are aware of problems.',
      'II. Tasks',
    ].join('\n');
    const outline = parse(text);
    expect(shape(outline.sections.slice(0, 1))).toEqual([
      [
        'I',
        'Review',
        1,
        ['Opening.'],
        [
          ['1', 'We did task one.', 2, ['Details of one.'], []],
          ['2', 'We did task two.', 2, ['Details of two.'], []],
          [null, '', 2, ['In addition, other work progressed.', 'We are aware of problems.'], []],
        ],
      ],
    ]);
    expect(citations(outline.sections)).toEqual(['I ¶1', 'I.1 ¶1', 'I.2 ¶1', 'I ¶2', 'I ¶3']);
  });

  it('keeps following paragraphs with the last item when items have their own paragraphs', () => {
    const text = ['I. Tasks', '1. Task A.', 'Body of A.', '2. Task B.', 'Body of B.', 'More of B.'].join('\n');
    const outline = parse(text);
    expect(outline.sections[0]?.children.map((c) => c.paragraphs.length)).toEqual([1, 2]);
  });

  it('starts a closing block at a salutation after the items', () => {
    const text = ['I. Tasks', 'Opening.', '1. Task A.', 'Body of A.', 'Fellow deputies, the tasks are arduous.', 'Let us work hard.'].join(
      '\n',
    );
    const outline = parse(text);
    expect(shape(outline.sections)).toEqual([
      [
        'I',
        'Tasks',
        1,
        ['Opening.'],
        [
          ['1', 'Task A.', 2, ['Body of A.'], []],
          [null, '', 2, ['Fellow deputies, the tasks are arduous.', 'Let us work hard.'], []],
        ],
      ],
    ]);
    expect(citations(outline.sections)).toEqual(['I ¶1', 'I.1 ¶1', 'I ¶2', 'I ¶3']);
  });

  it('leaves a salutation in a part without items as a paragraph of the part', () => {
    const outline = parse(['I. Self-improvement', BODY, 'Fellow deputies, let us unite.'].join('\n'));
    expect(shape(outline.sections)).toEqual([['I', 'Self-improvement', 1, [BODY, 'Fellow deputies, let us unite.'], []]]);
  });
});
