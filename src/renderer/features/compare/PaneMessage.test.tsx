import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaneMessageView, firstPaneMessage } from './PaneMessage';

describe('firstPaneMessage', () => {
  it('says the first message that applies, so a failed load is not hidden behind "loading"', () => {
    const message = firstPaneMessage([false, { text: 'Could not compare', role: 'alert' }, { text: 'Comparing…', role: 'status' }]);
    render(<PaneMessageView message={message!} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not compare');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing when none applies: the comparison shows', () => {
    expect(firstPaneMessage([false, false])).toBeNull();
  });
});
