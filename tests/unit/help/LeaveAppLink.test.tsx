import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExternalLink } from '../../../src/features/help/components/ExternalLink';
import { PhoneLink } from '../../../src/features/help/components/PhoneLink';
import { useRealI18n } from '../../support/i18n';

describe('leaving Polku', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('a web address is only a button until the person confirms', async () => {
    const user = userEvent.setup();
    render(<ExternalLink url="https://www.example.org/help" />);
    const trigger = screen.getByRole('button', { name: 'Website: example.org' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    // No link in the page yet, so nothing can be followed or prefetched.
    expect(screen.queryByRole('link')).toBeNull();

    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('This opens outside Polku and needs a connection.')).toBeVisible();
    const link = screen.getByRole('link', { name: 'Open example.org' });
    expect(link).toHaveAttribute('href', 'https://www.example.org/help');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noreferrer', 'noopener']));
    expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(link).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('link')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it("a phone number is a direct tel: link: the phone's own dialler asks before calling", () => {
    render(<PhoneLink phone={{ display: '09 2525 0111', dial: '0925250111' }} />);
    const call = screen.getByRole('link', { name: 'Call 09 2525 0111' });
    expect(call).toHaveAttribute('href', 'tel:0925250111');
    expect(call).not.toHaveAttribute('target');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says what a labelled number is for', () => {
    render(<PhoneLink phone={{ display: '113', dial: '113', label: 'medical emergency' }} />);
    expect(screen.getByRole('link', { name: 'Call 113 (medical emergency)' })).toHaveAttribute('href', 'tel:113');
  });
});
