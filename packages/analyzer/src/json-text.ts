/**
 * JSON files bindsafe reads (the config, the baseline): parsed with `JSON.parse`, after a UTF-8
 * byte order mark, and with every syntax error described on one line with its line and column.
 * `JSON.parse`'s own messages vary between Node versions and often give no position at all
 * (`Unexpected end of JSON input`, `Unexpected token 'x', "…" is not valid JSON`), so a text it
 * rejects is scanned again here to find and name the first error.
 */

export type JsonParse = { readonly value: unknown } | { readonly problem: string };

export function parseJson(text: string): JsonParse {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const found = firstSyntaxError(source);
    if (!found) return { problem: (error as Error).message.split('\n')[0] ?? 'invalid JSON' };
    const { line, column } = lineAndColumn(source, found.offset);
    return { problem: `${found.message} (line ${line}, column ${column})` };
  }
  return { value };
}

interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/** 1-based line and column (UTF-16 code units) of `offset`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** What the scanner expects next. */
type Expect = 'value' | 'key' | 'colon' | 'comma-or-end' | 'done';

/**
 * The first place where `text` is not JSON (RFC 8259), or undefined when it is. Iterative, so a
 * text nested a million deep is scanned like a flat one.
 */
export function firstSyntaxError(text: string): SyntaxProblem | undefined {
  const closers: string[] = [];
  let expect = 'value' as Expect;
  /** Whether a `]`/`}` may close the innermost container now (right after its opening bracket). */
  let emptyAllowed = false;
  let i = 0;
  const fail = (offset: number, message: string): SyntaxProblem => ({ offset, message });
  const afterValue = (): void => {
    expect = closers.length === 0 ? 'done' : 'comma-or-end';
  };

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    if (i >= text.length) {
      if (expect === 'done') return undefined;
      return fail(i, closers.length > 0 ? `unexpected end of file: \`${closers[closers.length - 1]}\` expected` : 'unexpected end of file: a value expected');
    }
    const ch = text[i] as string;
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, 'comments are not allowed in JSON');

    switch (expect) {
      case 'done':
        return fail(i, `unexpected ${describe(ch)} after the JSON value`);
      case 'colon':
        if (ch !== ':') return fail(i, `\`:\` expected after a property name, found ${describe(ch)}`);
        i++;
        expect = 'value';
        emptyAllowed = false;
        continue;
      case 'comma-or-end': {
        const closer = closers[closers.length - 1] as string;
        if (ch === ',') {
          i++;
          expect = closer === '}' ? 'key' : 'value';
          emptyAllowed = false;
          continue;
        }
        if (ch === closer) {
          i++;
          closers.pop();
          afterValue();
          continue;
        }
        return fail(i, `\`,\` or \`${closer}\` expected, found ${describe(ch)}`);
      }
      case 'key': {
        if (ch === '}' && emptyAllowed) {
          i++;
          closers.pop();
          afterValue();
          continue;
        }
        if (ch !== '"') {
          const trailing = ch === '}' ? ' (a trailing comma is not allowed)' : '';
          return fail(i, `a property name in double quotes expected, found ${describe(ch)}${trailing}`);
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'value': {
        if (ch === ']' && emptyAllowed && closers[closers.length - 1] === ']') {
          i++;
          closers.pop();
          afterValue();
          continue;
        }
        if (ch === '{' || ch === '[') {
          closers.push(ch === '{' ? '}' : ']');
          i++;
          expect = ch === '{' ? 'key' : 'value';
          emptyAllowed = true;
          continue;
        }
        let end: number | SyntaxProblem;
        if (ch === '"') end = scanString(text, i);
        else if (ch === '-' || (ch >= '0' && ch <= '9')) end = scanNumber(text, i);
        else end = scanLiteral(text, i, ch === ']' && closers[closers.length - 1] === ']');
        if (typeof end !== 'number') return end;
        i = end;
        afterValue();
        continue;
      }
    }
  }
}

/** The offset after the string starting at `start` (a `"`), or the problem in it. */
function scanString(text: string, start: number): number | SyntaxProblem {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, message: code === 0x0a ? 'unterminated string (a line break in a string must be written `\\n`)' : `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} in a string` };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else return { offset: i, message: next === undefined ? 'unterminated string' : `invalid escape \`\\${next}\` in a string` };
    }
  }
  return { offset: start, message: 'unterminated string' };
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(text: string, start: number): number | SyntaxProblem {
  numberPattern.lastIndex = start;
  const match = numberPattern.exec(text);
  const end = match ? start + match[0].length : start;
  const next = text[end];
  if (end === start || (next !== undefined && /[\w.+-]/.test(next))) {
    const word = /^[\w.+-]*/.exec(text.slice(start))?.[0] ?? '';
    return { offset: start, message: `invalid number \`${word.slice(0, 20)}\`` };
  }
  return end;
}

function scanLiteral(text: string, start: number, trailingComma: boolean): number | SyntaxProblem {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start) && !/[\w$]/.test(text[start + literal.length] ?? '')) return start + literal.length;
  }
  const ch = text[start] as string;
  const word = /^[\w$]+/.exec(text.slice(start))?.[0];
  const found = word !== undefined ? `\`${word.slice(0, 20)}\`` : describe(ch);
  const hint = trailingComma ? ' (a trailing comma is not allowed)' : ch === "'" ? ' (strings take double quotes)' : '';
  return { offset: start, message: `a value expected, found ${found}${hint}` };
}

function describe(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `\`${ch}\``;
}
