import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeadersPlugin } from './tools/build/securityHeadersPlugin';
import { contentCheckPlugin } from './tools/build/contentCheckPlugin';

/** The strength dictionaries and word lists: cached on first use, not precached (see globIgnores). */
const passphraseChunkNames = (chunk: { moduleIds: string[] }) =>
  chunk.moduleIds.some((id) => /[\\/]node_modules[\\/](@zxcvbn-ts|diceware-wordlist)/.test(id)) ? 'assets/passphrase-[name]-[hash].js' : 'assets/[name]-[hash].js';

export default defineConfig({
  plugins: [
    contentCheckPlugin(),
    react(),
    securityHeadersPlugin(),
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
        // The passphrase-strength dictionaries and word lists (about 800 KB) are needed only while a
        // passphrase is set; they are cached on first use instead (see runtimeCaching below).
        globIgnores: ['**/_headers', '**/_redirects', '**/assets/passphrase-*.js'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.origin === self.location.origin && /^\/assets\/passphrase-[^/]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'passphrase-dictionaries', expiration: { maxEntries: 30 } },
          },
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/neutral/],
        cleanupOutdatedCaches: true,
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
