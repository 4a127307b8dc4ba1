/**
 * Source text that makes TypeScript 6.0's parser loop for ever, found before it is parsed.
 *
 * TypeScript 6.0 (microsoft/TypeScript#63580) hangs while scanning a JSDoc comment (with the
 * default `JSDocParsingMode.ParseAll`) whose text ends with a word followed by `-` right at the
 * end of what it scans: `/**a-*\/`, `/** see foo-*\/`, or an unterminated `/** Soft-re` at the
 * end of the file (the scanner then stops two characters short). The check is conservative: it
 * may name a comment the parser would have got through, never miss one that hangs it.
 */
export function jsDocParserHazard(text: string): { readonly offset: number; readonly comment: string } | undefined {
  if (!text.includes('/**')) return undefined;
  const tail = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d-]*-$/u;
  for (let start = text.indexOf('/**'); start !== -1; start = text.indexOf('/**', start + 3)) {
    const close = text.indexOf('*/', start + 3);
    const end = close === -1 ? text.length - 2 : close;
    // Only a comment whose scanned text ends in `-` can hang: test the last character first.
    if (end > start + 3 && text.charCodeAt(end - 1) === 0x2d && tail.test(text.slice(start + 3, end))) {
      const comment = text.slice(start, close === -1 ? text.length : close + 2);
      return { offset: start, comment: comment.length > 60 ? `${comment.slice(0, 57)}...` : comment };
    }
    if (close === -1) return undefined;
    start = close;
  }
  return undefined;
}
