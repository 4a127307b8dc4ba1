import * as path from 'node:path';
import { compileGlobs } from '../config/glob.js';
import type { LoadedConfig } from '../config/load.js';
import { BindsafeError } from '../errors.js';
import { isFile } from '../files.js';
import { isWithin, toRepoPath } from '../repo-path.js';
import type { ProjectTarget } from './discover.js';

/** Which files of a project get analysed and reported. */
export interface FileSelection {
  /** Absolute POSIX paths, sorted. */
  readonly selected: readonly string[];
  /** Files named on the command line that the tsconfig does not include: added as root files. */
  readonly extraRootFiles: readonly string[];
  /** Files under the paths that `include`/`exclude` left out. */
  readonly excludedByConfig: number;
}

const sourceFile = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
const declarationFile = /\.d\.[cm]?ts$|\.d\.[^/]*\.[cm]?ts$/;

/** Whether bindsafe reports on a file with this name (TypeScript or JavaScript, not `.d.ts`). */
function isAnalysable(fileName: string): boolean {
  return sourceFile.test(fileName) && !declarationFile.test(fileName);
}

/**
 * The files of `target` to analyse: its root files (plus files named explicitly), those under
 * the requested paths, kept by the config's `include`/`exclude` (relative to the config's
 * directory), and not already claimed by an earlier project of the same run.
 */
export function selectFiles(target: ProjectTarget, config: LoadedConfig, claimed: ReadonlySet<string>, root: string): FileSelection {
  const roots = new Set(target.config.fileNames);
  const extraRootFiles: string[] = [];
  for (const p of target.paths ?? []) {
    if (roots.has(p) || !isFile(p)) continue;
    if (!isAnalysable(p)) throw new BindsafeError(`not a TypeScript or JavaScript source file: ${toRepoPath(root, p)}`);
    extraRootFiles.push(p);
  }
  const include = config.config.include ? compileGlobs(config.config.include) : undefined;
  const exclude = config.config.exclude ? compileGlobs(config.config.exclude) : undefined;
  const paths = target.paths;

  const selected: string[] = [];
  let excludedByConfig = 0;
  for (const file of [...roots, ...extraRootFiles]) {
    if (!isAnalysable(file) || claimed.has(file)) continue;
    if (paths && !paths.some((p) => isWithin(p, file))) continue;
    const relative = path.posix.relative(config.dir, file);
    if ((include && !include(relative)) || exclude?.(relative)) {
      excludedByConfig++;
      continue;
    }
    selected.push(file);
  }
  return { selected: selected.sort(), extraRootFiles, excludedByConfig };
}
