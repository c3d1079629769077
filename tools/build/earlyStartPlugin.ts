/**
 * Vite plugin: builds src/app/earlyStart.ts as an entry of its own and loads it from index.html
 * with `async`, so it runs as soon as its few hundred bytes arrive instead of after the main entry's
 * files (a module script in index.html would be folded into the main entry by Vite).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const EARLY_START = fileURLToPath(new URL('../../src/app/earlyStart.ts', import.meta.url));
const NAME = 'early-start';

export function earlyStartPlugin(): Plugin {
  return {
    name: 'polku-early-start',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: EARLY_START, name: NAME });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === NAME);
        if (!chunk) throw new Error(`polku-early-start: no "${NAME}" chunk in the bundle`);
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
