import type { ts } from 'ts-morph';
import type { Comment } from './comments.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/**
 * An ESLint directive comment, read the way ESLint 10 reads it: `eslint-disable`/`eslint-enable`
 * only in block comments; `eslint-disable-line`/`eslint-disable-next-line` in line or block
 * comments (`eslint-disable-line` on one line only); rules separated by commas; a reason after
 * the first `--` with whitespace on both sides.
 */
export interface Directive {
  readonly kind: DirectiveKind;
  /** Rule names as written (`bindsafe/no-stored-bound-device`, `no-console`); empty = every rule. */
  readonly rules: readonly string[];
  /** The text after ` -- `, trimmed; undefined when there is none. */
  readonly reason: string | undefined;
  /** Offsets of the comment. */
  readonly pos: number;
  readonly end: number;
  /** For `-line`/`-next-line`: the 0-based line whose findings it suppresses. */
  readonly line: number;
}

export const bindsafePrefix = 'bindsafe/';

const directivePattern = /^(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?=\s|$)/;

export function parseDirectives(sourceFile: ts.SourceFile, comments: readonly Comment[]): Directive[] {
  const result: Directive[] = [];
  for (const comment of comments) {
    const separator = /\s-{2,}\s/.exec(comment.value);
    const directivePart = (separator ? comment.value.slice(0, separator.index) : comment.value).trim();
    const match = directivePattern.exec(directivePart);
    if (!match) continue;
    const kind = (match[1] as string).slice('eslint-'.length) as DirectiveKind;
    if (comment.kind === 'line' && kind !== 'disable-line' && kind !== 'disable-next-line') continue;
    const startLine = sourceFile.getLineAndCharacterOfPosition(comment.pos).line;
    const endLine = sourceFile.getLineAndCharacterOfPosition(comment.end).line;
    if (kind === 'disable-line' && startLine !== endLine) continue;
    const rulesText = directivePart.slice((match[1] as string).length);
    const reasonText = separator ? comment.value.slice(separator.index + separator[0].length).trim() : '';
    result.push({
      kind,
      rules: rulesText
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r.length > 0),
      reason: reasonText.length > 0 ? reasonText : undefined,
      pos: comment.pos,
      end: comment.end,
      line: kind === 'disable-next-line' ? endLine + 1 : startLine,
    });
  }
  return result;
}

/** The bindsafe rules a directive names (with the prefix), in the order written. */
export function bindsafeRulesOf(directive: Directive): string[] {
  return directive.rules.filter((r) => r.startsWith(bindsafePrefix));
}
