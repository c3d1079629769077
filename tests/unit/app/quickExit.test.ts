import { describe, expect, it } from 'vitest';
import { clearSensitiveFields } from '../../../src/lib/clearSensitiveFields';

describe('leaving quickly', () => {
  it('empties every text field so the browser keeps no typed words', () => {
    document.body.innerHTML = `
      <input type="text" value="first words" />
      <input type="password" value="secret phrase" />
      <textarea>longer words</textarea>
      <input type="checkbox" value="on" />`;
    clearSensitiveFields();
    const values = [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
    expect(values).toEqual(['', '', '', 'on']);
  });
});
