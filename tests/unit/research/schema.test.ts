import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../../src/research/exportSchema';

const committedPath = join(import.meta.dirname, '../../../src/research/export-schema-v1.json');

type Node = Record<string, unknown>;

/** Every node of a JSON Schema, with its path. */
function* walk(node: unknown, path: string): Generator<[string, Node]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* walk(child, `${path}[${i}]`);
    return;
  }
  yield [path, node as Node];
  for (const [key, child] of Object.entries(node)) yield* walk(child, `${path}/${key}`);
}

describe('export schema v1', () => {
  it('the committed JSON Schema is the one generated from the zod schema', () => {
    const committed = JSON.parse(readFileSync(committedPath, 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });

  it('has no unconstrained string: every string is a const, an enum, or a pattern with a max length', () => {
    const loose: string[] = [];
    let strings = 0;
    for (const [path, node] of walk(exportJsonSchema(), '#')) {
      if (node.type !== 'string') continue;
      strings += 1;
      const constrained = 'const' in node || 'enum' in node || (typeof node.pattern === 'string' && typeof node.maxLength === 'number');
      if (!constrained) loose.push(path);
    }
    expect(strings).toBeGreaterThan(5);
    expect(loose).toEqual([]);
  });

  it('allows no extra keys in any object, and every array and number is bounded', () => {
    const open: string[] = [];
    for (const [path, node] of walk(exportJsonSchema(), '#')) {
      if (node.type === 'object' && node.additionalProperties !== false) open.push(path);
      if (node.type === 'array' && typeof node.maxItems !== 'number') open.push(path);
      if ((node.type === 'integer' || node.type === 'number') && !('const' in node) && (typeof node.minimum !== 'number' || typeof node.maximum !== 'number')) open.push(path);
    }
    expect(open).toEqual([]);
  });
});
