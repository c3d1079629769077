/** What the save line can say: nothing yet, saving, saved, or why the last save failed. */
export type SaveFailure = 'storage-full' | 'locked' | 'failed';
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; failure: SaveFailure };
