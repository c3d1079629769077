/** The small shared pieces of the finished look: BackLink, StatusPill, Notice. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BackLink } from '../../../src/ui/BackLink';
import { Notice } from '../../../src/ui/Notice';
import { StatusPill } from '../../../src/ui/StatusPill';

describe('BackLink', () => {
  it('is a link named by its words alone (the chevron is hidden) and goes back to its parent', async () => {
    render(
      <MemoryRouter initialEntries={['/tools/cards']}>
        <Routes>
          <Route path="/tools/cards" element={<BackLink to="/tools">Back to the tools</BackLink>} />
          <Route path="/tools" element={<h1>Tools</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Back to the tools' });
    expect(link).toHaveAttribute('href', '/tools');
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    await userEvent.click(link);
    expect(screen.getByRole('heading', { name: 'Tools' })).toBeInTheDocument();
  });
});

describe('StatusPill', () => {
  it('says its status in words with the label for screen readers, and offers nothing to press', () => {
    render(
      <StatusPill tone="neutral" label="Status:">
        Not started
      </StatusPill>,
    );
    const pill = screen.getByText('Not started');
    expect(pill).toHaveTextContent('Status: Not started');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(pill).not.toHaveAttribute('tabindex');
  });
});

describe('Notice', () => {
  it('is a polite live region that exists before its message arrives', () => {
    const { rerender } = render(<Notice tone="success" />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    rerender(<Notice tone="success">Saved.</Notice>);
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Saved.');
    expect(region).toHaveClass('notice', 'notice--success');
  });

  it('can be a plain message that is not announced', () => {
    render(
      <Notice tone="warning" role="none">
        Nothing saved yet.
      </Notice>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Nothing saved yet.')).toHaveClass('notice--warning');
  });
});
