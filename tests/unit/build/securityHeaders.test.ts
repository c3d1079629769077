import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, REDIRECTS_FILE, renderHeadersFile, SECURITY_HEADERS } from '../../../tools/build/securityHeaders';

const publicDir = join(import.meta.dirname, '..', '..', '..', 'public');

describe('security headers', () => {
  it('forbid inline and eval and enforce Trusted Types', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('switch off every device API Polku never uses, Bluetooth included (issue 9, item 10)', () => {
    const policy = new Map(
      (SECURITY_HEADERS['Permissions-Policy'] ?? '').split(',').map((part) => part.trim().split('=') as [string, string]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'bluetooth', 'display-capture']) {
      expect(policy.get(feature), feature).toBe('()');
    }
  });

  it('leave frame-ancestors out of the meta fallback, where browsers ignore it', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('are the ones written to public/_headers and public/_redirects (run `npm run headers` after a change)', () => {
    expect(readFileSync(join(publicDir, '_headers'), 'utf8')).toBe(renderHeadersFile());
    expect(readFileSync(join(publicDir, '_redirects'), 'utf8')).toBe(REDIRECTS_FILE);
  });
});
