import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { BindsafeError } from '../errors.js';
import { compareStrings } from '../result.js';
import { isFile } from '../files.js';
import { toPosix, toRepoPath } from '../repo-path.js';
import { readProjectConfig, type ProjectConfig } from './tsconfig.js';

/** One program to build, and which of its files to report. */
export interface ProjectTarget {
  readonly config: ProjectConfig;
  /** Files and directories (absolute POSIX) whose files are reported; undefined: all of them. */
  readonly paths: readonly string[] | undefined;
}

export interface DiscoverOptions {
  readonly cwd: string;
  readonly root: string;
  /** Files or directories to analyse; empty: the project's files. */
  readonly paths: readonly string[];
  /** tsconfig files (or directories holding one) to use instead of looking for them. */
  readonly projects: readonly string[];
}

const tsconfigName = 'tsconfig.json';
/** How deep to look below a directory that has no tsconfig above it. */
const maxSearchDepth = 6;

/**
 * Decides which tsconfig files to load, like `tsc`: `--project` if given, else the nearest
 * `tsconfig.json` above each path (above the cwd without paths). A directory with none above it
 * uses the tsconfig files found beneath it (a monorepo root). A solution-style tsconfig (no files
 * of its own, only `references`) stands for the projects it references.
 */
export function discoverProjects(options: DiscoverOptions): ProjectTarget[] {
  const { cwd, root } = options;
  const paths = options.paths.map((p) => checkedPath(cwd, p));
  const groups = new Map<string, Set<string> | undefined>();
  const assign = (tsconfig: string, target: string | undefined): void => {
    // `undefined` stands for the whole project, which absorbs any single target.
    if (target === undefined) groups.set(tsconfig, undefined);
    else if (!groups.has(tsconfig)) groups.set(tsconfig, new Set([target]));
    else groups.get(tsconfig)?.add(target);
  };

  if (options.projects.length > 0) {
    for (const project of options.projects) {
      const tsconfig = projectFile(cwd, project, root);
      if (paths.length === 0) assign(tsconfig, undefined);
      for (const p of paths) assign(tsconfig, p.path);
    }
  } else if (paths.length === 0) {
    const found = tsconfigsFor(toPosix(path.resolve(cwd)), true);
    if (found.length === 0) {
      throw new BindsafeError(`no ${tsconfigName} in ${toRepoPath(root, cwd)} or above it; pass --project or a path`);
    }
    for (const tsconfig of found) assign(tsconfig, undefined);
  } else {
    for (const p of paths) {
      const found = tsconfigsFor(p.isDirectory ? p.path : path.posix.dirname(p.path), p.isDirectory);
      if (found.length === 0) {
        throw new BindsafeError(`no ${tsconfigName} found for ${toRepoPath(root, p.path)} (looked in its directory and above); pass --project`);
      }
      for (const tsconfig of found) assign(tsconfig, p.path);
    }
  }

  const targets: ProjectTarget[] = [];
  const seen = new Set<string>();
  const add = (tsconfig: string, targetPaths: readonly string[] | undefined): void => {
    if (seen.has(tsconfig)) return;
    seen.add(tsconfig);
    const config = readProjectConfig(tsconfig, root);
    if (config.fileNames.length === 0 && config.references.length > 0) {
      for (const ref of config.references) {
        if (!isFile(ref)) {
          throw new BindsafeError(`${toRepoPath(root, tsconfig)} references ${toRepoPath(root, ref)}, which does not exist`);
        }
        add(ref, targetPaths);
      }
      return;
    }
    targets.push({ config, paths: targetPaths });
  };
  for (const [tsconfig, set] of [...groups].sort(([a], [b]) => compareStrings(a, b))) {
    add(tsconfig, set ? [...set].sort() : undefined);
  }
  return targets;
}

interface CheckedPath {
  readonly path: string;
  readonly isDirectory: boolean;
}

function checkedPath(cwd: string, p: string): CheckedPath {
  const absolute = toPosix(path.resolve(cwd, p));
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new BindsafeError(`path not found: ${p}`);
  }
  return { path: absolute, isDirectory };
}

function projectFile(cwd: string, project: string, root: string): string {
  const absolute = toPosix(path.resolve(cwd, project));
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new BindsafeError(`--project ${project}: not found`);
  }
  if (stats.isFile()) return absolute;
  if (!stats.isDirectory()) throw new BindsafeError(`--project ${project}: not a regular file or a directory`);
  const inside = path.posix.join(absolute, tsconfigName);
  if (!isFile(inside)) throw new BindsafeError(`--project ${project}: no ${tsconfigName} in ${toRepoPath(root, absolute)}`);
  return inside;
}

/** The nearest tsconfig at or above `dir`; failing that, for a directory, those beneath it. */
function tsconfigsFor(dir: string, searchBelow: boolean): string[] {
  for (let d = dir; ; ) {
    const candidate = path.posix.join(d, tsconfigName);
    if (isFile(candidate)) return [candidate];
    const parent = path.posix.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return searchBelow ? tsconfigsBelow(dir) : [];
}

/** The topmost tsconfig files beneath `dir` (not descending into one that has one). */
function tsconfigsBelow(dir: string): string[] {
  const found: string[] = [];
  let level = [dir];
  for (let depth = 0; depth < maxSearchDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const d of level) {
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const child = path.posix.join(d, entry.name);
        const candidate = path.posix.join(child, tsconfigName);
        if (isFile(candidate)) found.push(candidate);
        else next.push(child);
      }
    }
    level = next;
  }
  return found.sort();
}
