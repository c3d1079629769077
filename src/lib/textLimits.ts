/** Longest text one field keeps: the field stops there, and the answer schemas refuse more. */
export const MAX_TEXT = 10_000;
