import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { walk } from './walk.js';

/** A JSDoc comment that would hang TypeScript 6.0's parser, and where it starts. */
export interface JsDocHazard {
  readonly offset: number;
  /** The comment, shortened to 60 characters. */
  readonly comment: string;
}

/**
 * The first JSDoc comment of `text` that makes TypeScript 6.0's parser loop for ever, found
 * before the file is parsed for real; undefined when there is none.
 *
 * TypeScript 6.0 (microsoft/TypeScript#63580) hangs while scanning a JSDoc comment (when it parses
 * JSDoc: `JSDocParsingMode.ParseAll`, and in JavaScript files also `ParseForTypeInfo`) whose text
 * ends with a word followed by `-` right at the end of what it scans: `/**a-*\/`, `/** see foo-*\/`,
 * or an unterminated `/** Soft-re` at the end of the file (the scanner then stops two characters
 * short). The test of a comment's text is conservative: it may name a comment the parser would
 * have got through, never miss one that hangs it.
 *
 * Only comments count: `'/** item-*\/'` in a string, a template or a regular expression is no
 * comment, nor is `/**` inside another comment. A quick search of the raw text finds candidates;
 * only when there is one is the file tokenized with TypeScript's scanner, guided by a parse
 * without JSDoc (which cannot hang) where the scanner alone cannot tell a regular expression from
 * a division or a template's continuation from a `}`.
 */
export function jsDocParserHazard(tsm: TsModule, fileName: string, text: string): JsDocHazard | undefined {
  if (rawCandidate(text, 0) === undefined) return undefined;
  let literals: ReadonlyMap<number, number>;
  try {
    literals = literalSpans(tsm, fileName, text);
  } catch {
    // Too deep even for a parse without JSDoc (a stack overflow): keep the conservative answer.
    const offset = rawCandidate(text, 0) as number;
    return hazardAt(text, offset, commentEnd(text, offset));
  }
  const scanner = tsm.createScanner(tsm.ScriptTarget.Latest, false, tsm.LanguageVariant.Standard, text);
  for (;;) {
    const at = scanner.getTokenEnd();
    const literalEnd = literals.get(at);
    if (literalEnd !== undefined && literalEnd > at) {
      scanner.resetTokenState(literalEnd);
      continue;
    }
    const kind = scanner.scan();
    if (kind === tsm.SyntaxKind.EndOfFileToken) return undefined;
    if (kind !== tsm.SyntaxKind.MultiLineCommentTrivia) continue;
    const start = scanner.getTokenStart();
    const hazard = isJsDocStart(text, start) ? hazardAt(text, start, scanner.getTokenEnd()) : undefined;
    if (hazard) return hazard;
  }
}

/** The offset of the next raw `/**` whose text could hang the parser, from `from` on. */
function rawCandidate(text: string, from: number): number | undefined {
  for (let start = text.indexOf('/**', from); start !== -1; start = text.indexOf('/**', start + 3)) {
    if (hazardAt(text, start, commentEnd(text, start))) return start;
  }
  return undefined;
}

/** Where a comment starting at `start` ends: after its `*\/`, or at the end of the text. */
function commentEnd(text: string, start: number): number {
  const close = text.indexOf('*/', start + 2);
  return close === -1 ? text.length : close + 2;
}

/** `/**` that starts a JSDoc comment (not `/**\/`, and not `/***`... which TypeScript also takes). */
function isJsDocStart(text: string, start: number): boolean {
  return text.startsWith('/**', start) && text[start + 3] !== '/';
}

const hangingTail = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d-]*-$/u;

/** The hazard of the comment `text[start, end)`, or undefined when its text cannot hang the parser. */
function hazardAt(text: string, start: number, end: number): JsDocHazard | undefined {
  const terminated = end >= start + 4 && text.startsWith('*/', end - 2);
  // An unterminated comment is scanned up to two characters before the end of the file.
  const scannedEnd = terminated ? end - 2 : text.length - 2;
  // Only a comment whose scanned text ends in `-` can hang: test the last character first.
  if (scannedEnd <= start + 3 || text.charCodeAt(scannedEnd - 1) !== 0x2d || !hangingTail.test(text.slice(start + 3, scannedEnd))) {
    return undefined;
  }
  const comment = text.slice(start, end);
  return { offset: start, comment: comment.length > 60 ? `${comment.slice(0, 57)}...` : comment };
}

/**
 * Where each literal whose text the scanner cannot place on its own begins and ends (offset →
 * end): strings, templates and their continuations, regular expressions and JSX text, as a parse
 * without JSDoc finds them.
 */
function literalSpans(tsm: TsModule, fileName: string, text: string): Map<number, number> {
  const sf = tsm.createSourceFile(fileName, text, { languageVersion: tsm.ScriptTarget.Latest, jsDocParsingMode: tsm.JSDocParsingMode.ParseNone }, false);
  const K = tsm.SyntaxKind;
  const spans = new Map<number, number>();
  walk(tsm, sf, (node: ts.Node) => {
    switch (node.kind) {
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
      case K.TemplateHead:
      case K.TemplateMiddle:
      case K.TemplateTail:
      case K.RegularExpressionLiteral:
        spans.set(node.getStart(sf), node.end);
        break;
      case K.JsxText:
        // JSX text has no leading trivia: it starts where the node does (`/**` in it is text).
        spans.set(node.pos, node.end);
        break;
    }
  });
  return spans;
}
