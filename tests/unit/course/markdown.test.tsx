import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import { Markdown } from '../../../src/features/course/components/Markdown';

function show(text: string, headingLevel?: 2 | 3 | 4) {
  return render(
    <MemoryRouter>
      <Markdown headingLevel={headingLevel}>{text}</Markdown>
    </MemoryRouter>,
  );
}

describe('Markdown', () => {
  test('renders prose, lists and emphasis as elements', () => {
    show('A **strong** word.\n\n- one\n- two');
    expect(screen.getByText('strong').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  test('drops raw HTML tags instead of rendering them (text between them stays inert text)', () => {
    const { container } = show('Before <script>alert(1)</script><img src=x onerror=alert(1)> after\n\n<b>bold</b>');
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(container.innerHTML).not.toMatch(/<script|<img|onerror/);
  });

  test('keeps only same-app links; other links and images become plain text', () => {
    const { container } = show('[Get help now](/help), [a site](https://example.org/x), [js](javascript:alert(1)) ![a picture](https://example.org/p.png)');
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/help');
    expect(container.textContent).toContain('a site');
    expect(container.textContent).toContain('a picture');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="http"], a[href^="javascript"]')).toBeNull();
  });

  test('fits content headings under the screen headings', () => {
    show('# One\n\n### Three\n\n#### Four', 3);
    expect(screen.getByRole('heading', { name: 'One' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Three' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Four' }).tagName).toBe('H4');
  });
});
