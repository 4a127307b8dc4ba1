import * as path from 'node:path';
import { BindsafeError } from '../errors.js';
import { isFile, readRegularText } from '../files.js';
import { parseJson } from '../json-text.js';
import { isWithin, toPosix, toRepoPath } from '../repo-path.js';
import { validateConfig, type BindsafeConfig } from './validate.js';

export const configFileName = 'bindsafe.config.json';

/** A config and where it came from: globs in it are relative to `dir`. */
export interface LoadedConfig {
  readonly dir: string;
  readonly config: BindsafeConfig;
}

/**
 * Finds the config for a project: `bindsafe.config.json` next to its tsconfig, else in the
 * working directory or one of its ancestors up to the repository root. Returns undefined when
 * there is none.
 */
export function findConfigFile(tsconfigDir: string, cwd: string, root: string): string | undefined {
  const beside = path.posix.join(toPosix(tsconfigDir), configFileName);
  if (isFile(beside)) return beside;
  const start = toPosix(path.resolve(cwd));
  for (let dir = start; ; ) {
    const candidate = path.posix.join(dir, configFileName);
    if (isFile(candidate)) return candidate;
    const parent = path.posix.dirname(dir);
    if (parent === dir || !isWithin(root, parent)) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file; any problem is a `BindsafeError` naming the file and key. */
export function readConfigFile(file: string, root: string): LoadedConfig {
  const shown = toRepoPath(root, file);
  let text: string;
  try {
    text = readRegularText(file);
  } catch (error) {
    throw new BindsafeError(`cannot read ${shown}: ${(error as Error).message}`);
  }
  const parsed = parseJson(text);
  if ('problem' in parsed) throw new BindsafeError(`${shown} is not valid JSON: ${parsed.problem}`);
  const checked = validateConfig(parsed.value);
  if ('problem' in checked) throw new BindsafeError(`${shown}: ${checked.problem}`);
  return { dir: path.posix.dirname(toPosix(file)), config: checked.config };
}

/** A config given as an object (the programmatic API): validated like a file. */
export function configFromObject(value: unknown, dir: string): LoadedConfig {
  const checked = validateConfig(value);
  if ('problem' in checked) throw new BindsafeError(`config: ${checked.problem}`);
  return { dir: toPosix(dir), config: checked.config };
}

export function defaultConfig(dir: string): LoadedConfig {
  return { dir: toPosix(dir), config: {} };
}
