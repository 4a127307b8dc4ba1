import { isUtf8 } from 'node:buffer';
import { jsDocParserHazard, type TsModule } from '@bindsafe/core';
import { NotRegularFileError, readRegularFile, readRegularText } from '../files.js';
import { toPosix } from '../repo-path.js';
import { typescript } from './ts-morph-runtime.js';

/**
 * The view of the disk the program is built from: source text the parser cannot take is kept out.
 * A file with NUL bytes (binary) or invalid UTF-8 is never handed to the parser, nor one that is
 * not a regular file (a FIFO), nor one whose JSDoc would hang TypeScript 6.0's parser; such a
 * file, and any file `hide` is called with (one the parser or the binder could not handle), looks
 * absent to TypeScript. The reason is kept for the diagnostic
 * that names it. Nothing here writes.
 */
export class GuardedFileSystem {
  readonly #hidden = new Map<string, string>();

  /** Files kept out of the program (absolute POSIX path → reason). */
  get hidden(): ReadonlyMap<string, string> {
    return this.#hidden;
  }

  hide(filePath: string, reason: string): void {
    this.#hidden.set(toPosix(filePath), reason);
  }

  isHidden(filePath: string): boolean {
    return this.#hidden.has(toPosix(filePath));
  }

  /**
   * The text of a file TypeScript reads that is not source (a `package.json`, say), or undefined
   * when it is missing, not a regular file (a FIFO would block the read for ever) or hidden.
   */
  readText(filePath: string): string | undefined {
    if (this.#hidden.has(toPosix(filePath))) return undefined;
    try {
      return readRegularText(filePath);
    } catch {
      return undefined;
    }
  }

  /** The text of a source file, or undefined when it is missing, unreadable as source, or hidden. */
  readSource(filePath: string): string | undefined {
    const key = toPosix(filePath);
    if (this.#hidden.has(key)) return undefined;
    let bytes: Buffer;
    try {
      bytes = readRegularFile(filePath);
    } catch (error) {
      if (isMissing(error)) return undefined;
      this.#hidden.set(key, error instanceof NotRegularFileError ? error.message : `cannot be read: ${(error as Error).message}`);
      return undefined;
    }
    const problem = undecodable(bytes);
    if (problem !== undefined) {
      this.#hidden.set(key, problem);
      return undefined;
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const hazard = parsesJsDoc(filePath) ? jsDocParserHazard(typescript as unknown as TsModule, filePath, text) : undefined;
    if (hazard !== undefined) {
      this.#hidden.set(key, `the JSDoc comment \`${hazard.comment}\` would hang TypeScript 6.0's parser (microsoft/TypeScript#63580); put a space before its \`*/\``);
      return undefined;
    }
    return text;
  }
}

/**
 * Whether the parser reads the JSDoc of this file. The program is parsed as ESLint's recommended
 * config parses it, with `JSDocParsingMode.ParseForTypeInfo`: JSDoc is parsed in JavaScript files
 * (it holds their types) and skipped in TypeScript files, where nothing bindsafe or `tsc`'s
 * errors need comes from it.
 */
export function parsesJsDoc(filePath: string): boolean {
  return !/\.[cm]?tsx?$/i.test(filePath);
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

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
