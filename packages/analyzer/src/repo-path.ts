import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Repo-relative POSIX paths: how every report names a file. The root is the nearest ancestor of
 * the working directory that holds `.git` (a directory, or a file for worktrees and submodules);
 * without one, the working directory itself.
 */
export function findRepoRoot(cwd: string): string {
  const start = path.resolve(cwd);
  for (let dir = start; ; ) {
    if (existsSync(path.join(dir, '.git'))) return toPosix(dir);
    const parent = path.dirname(dir);
    if (parent === dir) return toPosix(start);
    dir = parent;
  }
}

/** An absolute path with forward slashes (the form TypeScript uses for file names). */
export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * `absolute` relative to `root`, with forward slashes. A file outside the root keeps its
 * absolute path, so a report never names a file by a `../` path that depends on the cwd.
 */
export function toRepoPath(root: string, absolute: string): string {
  const rel = path.posix.relative(toPosix(root), toPosix(absolute));
  if (rel === '') return '.';
  if (rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel)) return toPosix(absolute);
  return rel;
}

/** Whether `candidate` is `dir` itself or lies beneath it (both absolute). */
export function isWithin(dir: string, candidate: string): boolean {
  const rel = path.posix.relative(toPosix(dir), toPosix(candidate));
  return rel === '' || (!rel.startsWith('../') && rel !== '..' && !path.posix.isAbsolute(rel));
}

const controlCharacter = /[\u0000-\u001f\u007f\u2028\u2029]/g;
const namedEscapes: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path as a line of text shows it: control characters, a newline in a file name above all,
 * escaped (`\n`, `\t`, `\u0007`), so every line of stylish output and every diagnostic stays one
 * line. Reports that are data (json, SARIF) keep the name as it is.
 */
export function displayPath(p: string): string {
  return p.replace(controlCharacter, (c) => namedEscapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
