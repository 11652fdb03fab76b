import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { ImportProgress } from './ImportProgress';

beforeAll(() => {
  initI18n('en');
});

describe('ImportProgress', () => {
  it('says how many annotations have been placed on a revised version, with a bar that shows it', () => {
    const activity = { fileName: 'revised.docx', stage: 'reanchoring' as const, done: 120, total: 2000, elapsedMs: 4200 };
    render(<ImportProgress activity={activity} onCancel={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain(
      'Placing your annotations on the revised version of “revised.docx”: 120 of 2000',
    );
    expect(screen.getByRole('status').textContent).toContain('(4 s)');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('120');
    expect(bar.getAttribute('max')).toBe('2000');
    expect(screen.getByRole('button', { name: 'Cancel import' })).toBeTruthy();
  });
});
