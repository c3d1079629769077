import { readFileSync } from 'node:fs';

/** Reads a JSON file; a syntax error becomes a problem line naming the file instead of a crash. */
export function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Formats zod issues as `file: path.to.field: message` lines. */
export function zodProblems(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => `${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
