import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BindsafeError } from './errors.js';

/** Whether `p` is a regular file (following symlinks); false when it is missing or unreadable. */
export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Writes `text` to `file`, creating its folder; a failure is a `BindsafeError` starting with `what`. */
export function writeTextFile(file: string, text: string, what: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new BindsafeError(`${what}: ${(error as Error).message}`);
  }
}
