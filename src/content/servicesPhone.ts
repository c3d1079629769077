/**
 * Phone numbers in modules-content/services are stored exactly as the service's own page wrote
 * them, because a person may need to read them aloud or compare them with the page. One field can
 * hold several numbers ("112 (police); 113 (medical emergency)", "113 / 0800-0113") and a vanity
 * number ("1.888.PREVENT"). This module is the one grammar for those strings: the schema uses it to
 * reject a malformed number, the help pages use it to build `tel:` links.
 */

/** Labels that may follow a number in brackets; the help pages translate each of them. */
export const PHONE_LABELS = ['police', 'medical emergency', 'ambulance', 'free'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

export type PhoneNumber = {
  /** The number exactly as written in the content file. */
  display: string;
  /** What goes after `tel:`: an optional leading +, then digits only. */
  dial: string;
  label?: PhoneLabel;
};

export type PhoneParse = { ok: true; numbers: PhoneNumber[] } | { ok: false; error: string };

/** Digits, capital letters (vanity numbers), and single spaces, dots or hyphens between them. */
const NUMBER = /^\+?[0-9A-Z]+(?:[ .-][0-9A-Z]+)*$/;
const PART = /^(?<number>[^()]+?)(?: \((?<label>[^()]+)\))?$/;
const MIN_DIGITS = 3;
const MAX_DIGITS = 15; // E.164

/** Letters on a phone keypad, for numbers written as words (1.888.PREVENT). */
const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

function isLabel(value: string): value is PhoneLabel {
  return (PHONE_LABELS as readonly string[]).includes(value);
}

/**
 * Splits a phone field into its numbers. Numbers are separated by "; " or " / " and may carry one
 * bracketed label from PHONE_LABELS. Anything else (words, extensions, brackets inside a number)
 * is an error, so a typo in the content file fails validation instead of producing a wrong link.
 */
export function parsePhoneField(field: string): PhoneParse {
  if (field.trim() !== field || field === '') return { ok: false, error: 'has leading or trailing spaces, or is empty' };
  const numbers: PhoneNumber[] = [];
  for (const part of field.split(/; | \/ /)) {
    const match = PART.exec(part);
    const number = match?.groups?.number;
    if (!match || number === undefined) return { ok: false, error: `"${part}" is not a phone number` };
    if (!NUMBER.test(number)) {
      return {
        ok: false,
        error: `"${number}" may contain only digits, capital letters, a leading + and single spaces, dots or hyphens`,
      };
    }
    const digits = number.replace(/[^0-9]/g, '').length;
    const dial = (number.startsWith('+') ? '+' : '') + [...number.replace(/[^0-9A-Z]/g, '')].map((c) => KEYPAD[c] ?? c).join('');
    if (digits < MIN_DIGITS) return { ok: false, error: `"${number}" has fewer than ${MIN_DIGITS} digits` };
    if (dial.replace('+', '').length > MAX_DIGITS) return { ok: false, error: `"${number}" is longer than ${MAX_DIGITS} digits` };
    const label = match.groups?.label;
    if (label !== undefined && !isLabel(label)) {
      return { ok: false, error: `label "(${label})" is not one of ${PHONE_LABELS.map((l) => `(${l})`).join(', ')}` };
    }
    numbers.push(label === undefined ? { display: number, dial } : { display: number, dial, label });
  }
  return { ok: true, numbers };
}

/** The numbers of a field that passed validation; an invalid field yields no numbers. */
export function phoneNumbers(field: string | null | undefined): PhoneNumber[] {
  if (!field) return [];
  const parsed = parsePhoneField(field);
  return parsed.ok ? parsed.numbers : [];
}
