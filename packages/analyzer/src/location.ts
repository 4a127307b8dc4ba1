import type { ts } from 'ts-morph';
import { toPosix, toRepoPath } from './repo-path.js';

/**
 * Where something is, for reports: 1-based lines and columns like ESLint (columns count UTF-16
 * code units, as SARIF's default `columnKind`); `endColumn` is the column just after the span.
 */
export interface SourceLocation {
  /** Repo-relative POSIX path. */
  readonly file: string;
  /** Absolute POSIX path. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LocatedMessage extends SourceLocation {
  readonly message: string;
}

/** Maps offsets `start`/`end` in `sourceFile` to a location. */
export function locate(sourceFile: ts.SourceFile, start: number, end: number, root: string): SourceLocation {
  const length = sourceFile.text.length;
  const from = sourceFile.getLineAndCharacterOfPosition(clamp(start, 0, length));
  const to = sourceFile.getLineAndCharacterOfPosition(clamp(Math.max(end, start), 0, length));
  const absolute = toPosix(sourceFile.fileName);
  return {
    file: toRepoPath(root, absolute),
    path: absolute,
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

/** The location of a file as a whole (for a file that has no usable text position). */
export function locateFile(absolutePath: string, root: string): SourceLocation {
  const p = toPosix(absolutePath);
  return { file: toRepoPath(root, p), path: p, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The text of the 1-based `line` of `sourceFile`, without its line break. */
export function lineText(sourceFile: ts.SourceFile, line: number): string {
  const starts = sourceFile.getLineStarts();
  const start = starts[line - 1];
  if (start === undefined) return '';
  const end = starts[line] ?? sourceFile.text.length;
  return sourceFile.text.slice(start, end).replace(/\r?\n$/, '');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
