/** An unset rating looks unset: no number, "Not answered yet", and one tap or key sets it. */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RangeField } from '../../../src/ui/RangeField';
import { useRealI18n } from '../../support/i18n';

function Harness({ initial = null }: { initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  return <RangeField label="How strong is it?" minLabel="not at all" maxLabel="very strong" value={value} onChange={setValue} />;
}

describe('RangeField', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('shows no value and no filled track until the person chooses', () => {
    const { container } = render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'How strong is it?' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Not answered yet');
    expect(slider).toHaveAttribute('data-unset');
    expect(slider.style.getPropertyValue('--range-fill')).toBe('0%');
    const shown = container.querySelector('output');
    expect(shown).toHaveTextContent('Not answered yet');
    expect(shown).not.toHaveTextContent(/\d/);
  });

  it('is set by the keyboard: Space on the unset field chooses the middle, arrows move from there', async () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'How strong is it?' });
    slider.focus();
    await userEvent.keyboard(' ');
    expect(slider).toHaveAttribute('aria-valuetext', '5 of 10');
    expect(slider).not.toHaveAttribute('data-unset');
    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', '10 of 10, very strong');
    expect(slider.style.getPropertyValue('--range-fill')).toBe('100%');
  });

  it('shows a chosen number, with the track filled up to it', () => {
    const { container } = render(<Harness initial={3} />);
    expect(container.querySelector('output')).toHaveTextContent('3');
    expect(screen.getByRole('slider').style.getPropertyValue('--range-fill')).toBe('30%');
  });
});
