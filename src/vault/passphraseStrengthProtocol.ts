/** Messages between the page and the strength-check worker. */
import type { Strength } from './passphraseStrength';

export type StrengthRequest = { type: 'load'; id: number } | { type: 'assess'; id: number; passphrase: string; generated: boolean };
export type StrengthResponse = { type: 'loaded'; id: number } | { type: 'result'; id: number; strength: Strength } | { type: 'error'; id: number };
