/**
 * The HTTP security headers Polku is served with (reference/security.md §4.1–4.2), in one place:
 * the preview server sends them, `public/_headers` is generated from them for static hosts, and a
 * `<meta>` copy of the CSP goes into index.html as a fallback for hosts that cannot set headers.
 */

/** Trusted Types policy names: `sw-url` registers the service worker, `polku-worker` loads the Argon2id worker. */
export const TRUSTED_TYPES_POLICIES = ['sw-url', 'polku-worker'] as const;

const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['frame-src', "'none'"],
  ['child-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['upgrade-insecure-requests', ''],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', TRUSTED_TYPES_POLICIES.join(' ')],
];

export const CONTENT_SECURITY_POLICY = cspDirectives
  .map(([name, value]) => (value ? `${name} ${value}` : name))
  .join('; ');

/**
 * A `<meta>` CSP cannot carry frame-ancestors (browsers ignore it there and warn), so the fallback
 * leaves it out; the header is the real policy.
 */
export const META_CONTENT_SECURITY_POLICY = cspDirectives
  .filter(([name]) => name !== 'frame-ancestors')
  .map(([name, value]) => (value ? `${name} ${value}` : name))
  .join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), display-capture=(), clipboard-read=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/** Files that must be revalidated on every visit so an update is noticed; hashed assets are immutable. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** The Netlify/Cloudflare Pages `_headers` format. */
export function renderHeadersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), '  Cache-Control: no-cache', ''];
  lines.push('/assets/*', '  Cache-Control: public, max-age=31536000, immutable', '');
  return lines.join('\n');
}

/** Static hosts: `/neutral` is the quick-exit page; every other path is the single-page app. */
export const REDIRECTS_FILE = '/neutral /neutral.html 200\n/* /index.html 200\n';
