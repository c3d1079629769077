import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/i18n/languages';

describe('pickLanguage', () => {
  it('takes the first shipped language from the browser list, ignoring region', () => {
    expect(pickLanguage(['de-DE', 'sv-FI', 'fi'])).toBe('sv');
    expect(pickLanguage(['FI-fi'])).toBe('fi');
  });

  it('falls back to English when none is shipped', () => {
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
