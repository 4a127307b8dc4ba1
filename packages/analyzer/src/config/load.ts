import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BindsafeError } from '../errors.js';
import { isFile } from '../files.js';
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
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BindsafeError(`cannot read ${shown}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BindsafeError(`${shown} is not valid JSON: ${jsonErrorWhere(text, error as Error)}`);
  }
  const checked = validateConfig(value);
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

/** `Unexpected token } in JSON at position 12` → `Unexpected token } (line 2, column 5)`. */
function jsonErrorWhere(text: string, error: Error): string {
  const message = (error.message.split('\n')[0] ?? error.message).replace(/\s*\(line \d+ column \d+\)/, '');
  const match = /\s*(?:in JSON )?at position (\d+)/.exec(message);
  if (!match) return message;
  const before = text.slice(0, Number(match[1])).split('\n');
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return `${message.slice(0, match.index)}${message.slice(match.index + match[0].length)} (line ${before.length}, column ${column})`;
}
