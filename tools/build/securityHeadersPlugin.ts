/**
 * Vite plugin: sends the security headers on every preview response (including sw.js, workers,
 * 304 and 404 responses, which `preview.headers` misses), serves `/neutral` as the static quick-exit
 * page, and puts the CSP fallback plus a hash of the headers into index.html so that a header change
 * also changes the precached index.html and therefore produces a new service worker.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, cacheControlFor } from './securityHeaders';

export const HEADERS_HASH = createHash('sha256').update(JSON.stringify(SECURITY_HEADERS)).digest('hex').slice(0, 16);

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'polku-security-headers',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, ctx) {
        // The dev server runs React refresh with inline scripts; the strict policy is for builds only.
        if (ctx.server) return [];
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
          { tag: 'meta', attrs: { name: 'polku-headers', content: HEADERS_HASH }, injectTo: 'head' },
        ];
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === '/neutral' || path === '/neutral/') req.url = '/neutral.html';
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        res.setHeader('Cache-Control', cacheControlFor(path));
        next();
      });
    },
  };
}
