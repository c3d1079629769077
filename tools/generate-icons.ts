/**
 * Generates every icon from tools/icons/icon.svg: "any" icons with the rounded tile, maskable
 * icons with a full-bleed background and the mark inside the 80% safe zone, the Apple touch icon
 * and the SVG favicon. Run `npm run icons` after changing the SVG and commit the results.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'public', 'icons');
const source = readFileSync(join(import.meta.dirname, 'icons', 'icon.svg'), 'utf8');

/** The mark scaled to 70% and centred on a square background, for platforms that crop to a circle. */
function maskable(svg: string): string {
  const inner = svg.replace(/<svg[^>]*>/, '').replace('</svg>', '').replace(/<rect[^>]*\/>/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#2f5d62"/><g transform="translate(76.8 76.8) scale(0.7)">${inner}</g></svg>`;
}

function png(svg: string, size: number, file: string): void {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(out, file), rendered);
}

mkdirSync(out, { recursive: true });
png(source, 192, 'icon-192.png');
png(source, 512, 'icon-512.png');
png(maskable(source), 192, 'maskable-192.png');
png(maskable(source), 512, 'maskable-512.png');
png(maskable(source), 180, 'apple-touch-icon.png');
writeFileSync(join(out, 'favicon.svg'), source.replace(/\s*<!--.*?-->/s, ''));
console.log(`Icons written to ${out}`);
