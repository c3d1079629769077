/**
 * Modules whose intro says, before the person begins, that the content can feel heavy and that
 * help is one tap away. (The content schema has no flag for this yet; see the final report.)
 */
export const HEAVY_MODULES: ReadonlySet<string> = new Set(['m03']);
