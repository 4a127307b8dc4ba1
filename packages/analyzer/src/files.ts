import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, statSync, writeSync, type Stats } from 'node:fs';
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

/** Thrown by `readRegularFile` and `writeTextFile` for a path that is not a regular file. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  readonly code = 'ENOTREG';
}

/**
 * The bytes of `file`, which must be a regular file. It is opened without blocking and checked
 * before it is read: reading a FIFO would wait for a writer for ever, and a device or a directory
 * is no file to analyse or configure with. Throws Node's error (`ENOENT`, `EACCES`, …) or a
 * `NotRegularFileError`.
 */
export function readRegularFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    checkRegular(fstatSync(fd));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFile` as UTF-8 text, without a byte order mark. */
export function readRegularText(file: string): string {
  return readRegularFile(file).toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Fails early, before any analysis, when `file` cannot be the report or baseline written at the
 * end: it exists but is not a regular file, or the nearest existing folder above it is a file.
 * (A folder that cannot be created, `/proc/x/`, fails when written, with the system's reason.)
 */
export function checkWritableFile(file: string, what: string): void {
  let problem: string | undefined;
  try {
    problem = writeProblem(file);
  } catch (error) {
    problem = (error as Error).message;
  }
  if (problem !== undefined) throw new BindsafeError(`${what}: ${problem}`);
}

function writeProblem(file: string): string | undefined {
  const stats = statOrUndefined(file);
  if (stats) return stats.isFile() ? undefined : notRegular(stats);
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const above = statOrUndefined(dir);
    if (above) return above.isDirectory() ? undefined : `${dir} is not a directory`;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Writes `text` to `file`, creating its folder; a failure is a `BindsafeError` starting with
 * `what`. Folders are created one by one (Node's recursive `mkdir` never returns for a path under
 * `/proc`), and the file is opened without blocking, so a FIFO fails (`ENXIO`) instead of waiting
 * for a reader; anything but a regular file is refused.
 */
export function writeTextFile(file: string, text: string, what: string): void {
  try {
    makeDirectories(path.dirname(file));
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK, 0o666);
    try {
      checkRegular(fstatSync(fd));
      // Truncated only once it is known to be a regular file.
      ftruncateSync(fd, 0);
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, written);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new BindsafeError(`${what}: ${(error as Error).message}`);
  }
}

function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !statOrUndefined(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

/** `p`'s stats, or undefined when it does not exist; any other failure is thrown. */
function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

function checkRegular(stats: Stats): void {
  if (!stats.isFile()) throw new NotRegularFileError(notRegular(stats));
}

function notRegular(stats: Stats): string {
  const kind = stats.isDirectory()
    ? 'a directory'
    : stats.isFIFO()
      ? 'a FIFO'
      : stats.isCharacterDevice()
        ? 'a character device'
        : stats.isBlockDevice()
          ? 'a block device'
          : stats.isSocket()
            ? 'a socket'
            : 'not a file';
  return `not a regular file (${kind})`;
}
