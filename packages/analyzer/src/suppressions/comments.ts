import type { ts } from 'ts-morph';
import { typescript } from '../project/ts-morph-runtime.js';

/** A comment in a source file: `pos`/`end` offsets include the `//` or `/* … *\/` markers. */
export interface Comment {
  readonly pos: number;
  readonly end: number;
  readonly kind: 'line' | 'block';
  /** The text between the markers. */
  readonly value: string;
}

/**
 * Every comment of `sourceFile`, in source order. Walks the tokens of the tree (so `//` inside a
 * string, template or regular expression is never taken for a comment) without recursion, so a
 * deeply nested file cannot overflow the stack. Meant for files that mention a directive at all.
 */
export function collectComments(sourceFile: ts.SourceFile): Comment[] {
  const text = sourceFile.text;
  const byPos = new Map<number, Comment>();
  const add = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (byPos.has(range.pos)) continue;
      const line = range.kind === typescript.SyntaxKind.SingleLineCommentTrivia;
      byPos.set(range.pos, {
        pos: range.pos,
        end: range.end,
        kind: line ? 'line' : 'block',
        value: text.slice(range.pos + 2, line ? range.end : range.end - 2),
      });
    }
  };
  const stack: ts.Node[] = [sourceFile];
  while (stack.length > 0) {
    const node = stack.pop() as ts.Node;
    if (node.kind >= typescript.SyntaxKind.FirstJSDocNode && node.kind <= typescript.SyntaxKind.LastJSDocNode) continue;
    const children = node.kind < typescript.SyntaxKind.FirstNode ? [] : node.getChildren(sourceFile);
    if (children.length === 0) {
      add(typescript.getLeadingCommentRanges(text, node.pos));
      add(typescript.getTrailingCommentRanges(text, node.end));
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as ts.Node);
  }
  return [...byPos.values()].sort((a, b) => a.pos - b.pos);
}

/** Cheap test before walking a file: could it hold an ESLint directive at all? */
export function mayHoldDirectives(text: string): boolean {
  return text.includes('eslint-disable') || text.includes('eslint-enable');
}
