/**
 * Empties text fields so typed words do not stay in the DOM (or in the browser's session-restore
 * files) after a lock or before the page goes away. PRIVACY: runs before React unmounts them.
 */
export function clearSensitiveFields(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field instanceof HTMLInputElement && ['checkbox', 'radio', 'range', 'button', 'submit', 'hidden'].includes(field.type)) continue;
    field.value = '';
  }
}
