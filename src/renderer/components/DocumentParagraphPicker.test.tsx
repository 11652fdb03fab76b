import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReportDocument } from '../../shared/domain/document';
import { initI18n } from '../i18n/i18n';
import { DocumentParagraphPicker } from './DocumentParagraphPicker';
import { PickerDialog } from './PickerDialog';
import type { LibraryDocument } from './useLibraryDocuments';

beforeAll(() => {
  initI18n('en');
});

function libraryDocument(id: string, title: string, paragraphs: { id: string; citation: string; text: string }[]): LibraryDocument {
  const report: ReportDocument = {
    id,
    title,
    kind: 'work-report',
    outline: { title, sections: [{ label: 'I', heading: 'Review', level: 1, paragraphs, children: [] }] },
  };
  return { summary: { id, title, kind: 'work-report', addedAt: '2026-01-01T00:00:00.000Z' }, report, annotations: [] };
}

const WORK = libraryDocument('work', '政府工作报告', [
  { id: 'w1', citation: 'I ¶1', text: '全市地区生产总值增长6%左右。' },
  { id: 'w2', citation: 'I ¶2', text: 'Build an innovation system for the whole city.' },
]);
const PLAN = libraryDocument('plan', 'Plan report', [{ id: 'p1', citation: 'I ¶1', text: '居民收入增长与经济增长同步。' }]);
const paragraph = (citation: string) => screen.getAllByRole('button').find((b) => b.getAttribute('data-citation') === citation);

describe('DocumentParagraphPicker', () => {
  it('opens on the default document, marks what is linked there, and lists another document when it is chosen', () => {
    render(
      <DocumentParagraphPicker
        documents={[WORK, PLAN]}
        defaultDocumentId="plan"
        links={[
          { documentId: 'plan', paragraphId: 'p1' },
          { documentId: 'work', paragraphId: 'w2' },
        ]}
        onToggle={() => undefined}
      />,
    );
    const chooser = screen.getByRole('combobox', { name: 'Document' });
    expect(chooser).toHaveProperty('value', 'plan');
    expect(screen.getByRole('button', { name: /居民收入/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('button', { name: /innovation system/ })).toBeNull();

    fireEvent.change(chooser, { target: { value: 'work' } });
    expect(screen.getByRole('button', { name: /innovation system/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /全市地区生产总值/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('without a default opens on the first document; a press links a paragraph of the document shown, a second press unlinks it', () => {
    const onToggle = vi.fn<(document: LibraryDocument, paragraphId: string, link: boolean) => void>();
    const { rerender } = render(<DocumentParagraphPicker documents={[WORK, PLAN]} links={[]} onToggle={onToggle} />);
    expect(screen.getByRole('combobox', { name: 'Document' })).toHaveProperty('value', 'work');
    fireEvent.click(paragraph('I ¶1') ?? document.body);
    expect(onToggle).toHaveBeenLastCalledWith(WORK, 'w1', true);

    rerender(<DocumentParagraphPicker documents={[WORK, PLAN]} links={[{ documentId: 'work', paragraphId: 'w1' }]} onToggle={onToggle} />);
    fireEvent.click(paragraph('I ¶1') ?? document.body);
    expect(onToggle).toHaveBeenLastCalledWith(WORK, 'w1', false);
  });

  it('shows nothing while the library has no documents', () => {
    const { container } = render(<DocumentParagraphPicker documents={[]} links={[]} onToggle={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});

describe('PickerDialog', () => {
  it('is a dialog named by its title, with the hint, the read failure as an alert, the picker, and Done closing it', () => {
    const onClose = vi.fn();
    render(
      <PickerDialog
        title="Link passages"
        hint="For item 3"
        error="The library could not be read"
        doneLabel="Done"
        testId="picker"
        onClose={onClose}
      >
        <p>the picker</p>
      </PickerDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Link passages' });
    expect(dialog.textContent).toContain('For item 3');
    expect(screen.getByRole('alert').textContent).toBe('The library could not be read');
    expect(screen.getByTestId('picker').textContent).toContain('the picker');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
