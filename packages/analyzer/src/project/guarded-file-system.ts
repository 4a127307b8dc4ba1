import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSystemHost, StandardizedFilePath } from 'ts-morph';
import { jsDocParserHazard } from '@bindsafe/core';
import { toPosix } from '../repo-path.js';
import { DirectoryNotFoundError, FileNotFoundError } from './ts-morph-runtime.js';

type DirEntry = ReturnType<FileSystemHost['readDirSync']>[number];



/**
 * A read-only ts-morph file system that keeps unreadable source out of the program: a file with
 * NUL bytes (binary) or invalid UTF-8 is never handed to the parser. Such a file, and any file
 * `hide` is called with (one the parser could not handle), looks absent to TypeScript; the
 * reason is kept for the diagnostic that names it.
 */
export class GuardedFileSystem implements FileSystemHost {
  readonly #cwd: string;
  readonly #hidden = new Map<string, string>();
  #lastRead: string | undefined;

  constructor(cwd: string) {
    this.#cwd = toPosix(path.resolve(cwd));
  }

  /** Files kept out of the program, with the reason. */
  get hidden(): ReadonlyMap<string, string> {
    return this.#hidden;
  }

  /** The file read most recently: the one being parsed when a parse fails. */
  get lastRead(): string | undefined {
    return this.#lastRead;
  }

  hide(filePath: string, reason: string): void {
    this.#hidden.set(toPosix(filePath), reason);
  }

  isCaseSensitive(): boolean {
    return process.platform !== 'win32' && process.platform !== 'darwin';
  }

  readFileSync(filePath: string): string {
    const key = toPosix(filePath);
    if (this.#hidden.has(key)) throw new FileNotFoundError(key as StandardizedFilePath);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(filePath);
    } catch (error) {
      if (isMissing(error)) throw new FileNotFoundError(key as StandardizedFilePath);
      throw error;
    }
    const problem = undecodable(bytes);
    if (problem !== undefined) {
      this.#hidden.set(key, problem);
      throw new FileNotFoundError(key as StandardizedFilePath);
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const hazard = jsDocParserHazard(text);
    if (hazard !== undefined) {
      this.#hidden.set(key, `the JSDoc comment \`${hazard.comment}\` would hang TypeScript 6.0's parser (microsoft/TypeScript#63580); put a space before its \`*/\``);
      throw new FileNotFoundError(key as StandardizedFilePath);
    }
    this.#lastRead = key;
    return text;
  }

  async readFile(filePath: string): Promise<string> {
    return this.readFileSync(filePath);
  }

  fileExistsSync(filePath: string): boolean {
    if (this.#hidden.has(toPosix(filePath))) return false;
    return statOf(filePath)?.isFile() ?? false;
  }

  async fileExists(filePath: string): Promise<boolean> {
    return this.fileExistsSync(filePath);
  }

  directoryExistsSync(dirPath: string): boolean {
    return statOf(dirPath)?.isDirectory() ?? false;
  }

  async directoryExists(dirPath: string): Promise<boolean> {
    return this.directoryExistsSync(dirPath);
  }

  readDirSync(dirPath: string): DirEntry[] {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dirPath, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) throw new DirectoryNotFoundError(toPosix(dirPath) as StandardizedFilePath);
      throw error;
    }
    return entries.map((entry) => {
      const name = toPosix(path.join(dirPath, entry.name));
      const target = entry.isSymbolicLink() ? statOf(name) : undefined;
      return {
        name,
        isFile: target ? target.isFile() : entry.isFile(),
        isDirectory: target ? target.isDirectory() : entry.isDirectory(),
        isSymlink: entry.isSymbolicLink(),
      };
    });
  }

  realpathSync(p: string): string {
    return toPosix(fs.realpathSync(p));
  }

  getCurrentDirectory(): string {
    return this.#cwd;
  }

  // bindsafe never changes the user's files: every writing operation is refused.
  deleteSync(): void {
    readOnly();
  }
  async delete(): Promise<void> {
    readOnly();
  }
  writeFileSync(): void {
    readOnly();
  }
  async writeFile(): Promise<void> {
    readOnly();
  }
  mkdirSync(): void {
    readOnly();
  }
  async mkdir(): Promise<void> {
    readOnly();
  }
  moveSync(): void {
    readOnly();
  }
  async move(): Promise<void> {
    readOnly();
  }
  copySync(): void {
    readOnly();
  }
  async copy(): Promise<void> {
    readOnly();
  }
  globSync(): string[] {
    throw new Error('bindsafe adds files by path; globbing through ts-morph is not supported');
  }
  async glob(): Promise<string[]> {
    return this.globSync();
  }
}

/** Why `bytes` cannot be source text, or undefined when it is UTF-8 text. */
export function undecodable(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return 'not UTF-8 (UTF-16 byte order mark); re-save the file as UTF-8';
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `binary content (NUL byte at offset ${nul})`;
  if (!isUtf8(bytes)) return `not valid UTF-8 (invalid byte sequence at offset ${firstInvalidUtf8(bytes)})`;
  return undefined;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function readOnly(): never {
  throw new Error('bindsafe does not modify files');
}
