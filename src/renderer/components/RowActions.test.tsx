import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActionsHeader, RowActions } from './RowActions';

function table(node: React.ReactNode) {
  return render(
    <table>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <ActionsHeader label="Actions" />
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">政府工作报告</th>
          {node}
        </tr>
      </tbody>
    </table>,
  );
}

describe('RowActions', () => {
  it("is a cell of buttons, each named for its row, that run their action; the column's header is there for screen readers only", () => {
    const open = vi.fn();
    const remove = vi.fn();
    table(
      <RowActions
        className="library-actions"
        actions={[
          { label: 'Open', name: 'Open 政府工作报告', onSelect: open },
          { label: 'Remove', name: 'Remove 政府工作报告', onSelect: remove, danger: true },
        ]}
      />,
    );
    const header = screen.getByRole('columnheader', { name: 'Actions' });
    expect(header.querySelector('.visually-hidden')?.textContent).toBe('Actions');
    const cell = screen.getByRole('cell');
    expect(cell.className).toBe('library-actions');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Open', 'Remove']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove 政府工作报告' }));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove 政府工作报告' }).className).toContain('text-button--danger');
    expect(screen.getByRole('button', { name: 'Open 政府工作报告' }).className).not.toContain('text-button--danger');
  });

  it('a disabled action says why and cannot be pressed', () => {
    const remove = vi.fn();
    table(
      <RowActions
        className="library-actions"
        actions={[{ label: 'Remove', name: 'Remove 政府工作报告', onSelect: remove, disabled: true, title: 'The last document stays' }]}
      />,
    );
    const button = screen.getByRole('button', { name: 'Remove 政府工作报告' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('title')).toBe('The last document stays');
    fireEvent.click(button);
    expect(remove).not.toHaveBeenCalled();
  });
});
