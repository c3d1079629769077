import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeadersPlugin } from './tools/build/securityHeadersPlugin';
import { contentCheckPlugin } from './tools/build/contentCheckPlugin';
import { earlyStartPlugin } from './tools/build/earlyStartPlugin';

/**
 * The strength dictionaries and word lists: not precached (see globIgnores); the page loads them
 * ("passphrase-dict-", so the strings of the 'passphrase' namespace, passphrase-[hash].js, stay in
 * the precache: they once matched the old "passphrase-" pattern and were missing offline)
 * through the service worker right after it takes control (src/app/pwa/firstRunCache.ts).
 */
const passphraseChunkNames = (chunk: { moduleIds: string[] }) =>
  chunk.moduleIds.some((id) => /[\\/]node_modules[\\/](@zxcvbn-ts|diceware-wordlist)|[\\/]src[\\/]vault[\\/]passphraseWordsFi\.ts$/.test(id))
    ? 'assets/passphrase-dict-[name]-[hash].js'
    : 'assets/[name]-[hash].js';

export default defineConfig({
  plugins: [
    contentCheckPlugin(),
    react(),
    securityHeadersPlugin(),
    earlyStartPlugin(),
    VitePWA({
      registerType: 'prompt',
      // Registered by src/app/pwa/registerServiceWorker.ts through a Trusted Types policy.
      injectRegister: false,
      includeManifestIcons: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/',
        name: 'Polku',
        short_name: 'Polku',
        description: 'A private notebook and programme that stays on this device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f6',
        theme_color: '#2f5d62',
        lang: 'en',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Trusted Types apply inside the service worker too: importScripts(string) of the runtime is blocked.
        inlineWorkboxRuntime: true,
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,json,wasm}'],
        // The passphrase-strength dictionaries and word lists (about 2.4 MB) would take the precache
        // past its 2.5 MB budget; the page fills the runtime cache below with them as soon as this
        // worker controls it, on any first visit (src/app/pwa/firstRunCache.ts).
        globIgnores: ['**/_headers', '**/_redirects', '**/assets/passphrase-dict-*.js'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.origin === self.location.origin && /^\/assets\/passphrase-dict-[^/]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            // The page's fetch and a worker's module import differ in their Origin header; a response
            // that varies on it would otherwise never match the other kind of request offline.
            // No expiration plugin: it keeps its own IndexedDB database, and the app's must be the only
            // one (security.md check 30). The files change only with a dependency update.
            options: { cacheName: 'passphrase-dictionaries', matchOptions: { ignoreVary: true } },
          },
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/neutral/],
        cleanupOutdatedCaches: true,
        // Take control on the first install, so a first visit that goes offline before reloading
        // still opens every screen. Updates still wait for the person's "Update" (no skipWaiting).
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  // Workers are bundled on their own; the strength worker's dictionary chunks get the same names.
  worker: { format: 'es', rolldownOptions: { output: { chunkFileNames: passphraseChunkNames } } },
  build: {
    // POLKU_OUT_DIR lets two engineers (or a bench and an e2e run) build and preview side by side.
    outDir: process.env.POLKU_OUT_DIR ?? 'dist',
    target: 'es2022',
    // Module preload links in index.html only: the entry's own imports then load in parallel with
    // it instead of one round trip later. None for lazy chunks: the dependency lists the helper
    // carries for every lazy chunk (57 string chunks, 14 screens) cost 1.4 KB gzip on the lock
    // screen's and first run's critical path, and the screens a person is about to see are loaded
    // ahead on purpose instead (src/app/screens.ts, firstScreen.ts).
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      output: {
        chunkFileNames: passphraseChunkNames,
      },
    },
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
