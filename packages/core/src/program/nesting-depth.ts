import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * How deep a file's syntax tree may nest for TypeScript's binder and checker to be safe from a
 * stack overflow on Node's default stack (about 1 MB).
 *
 * The binder recurses once per level of the tree, and an overflow inside it (it binds every file
 * of the program when the type checker is first created) leaves its state corrupt: every later
 * file then fails ("Cannot read properties of undefined (reading 'kind')"), and the overflow is
 * blamed on whichever file asked for the checker. Measured with ts-morph's TypeScript 6.0 in a
 * fresh Node 20 process (functions not yet optimised, which is when frames are largest), the binder
 * overflows at a depth of about 1,170 for nested blocks, 1,180 for nested namespaces, 1,220 for
 * nested templates or spreads, 1,280 for nested functions, 1,330 for `!!!…`, 1,540 for chained
 * `await`, 1,860 for nested conditional types and 3,100 for an `else if` chain (on parentheses,
 * arrays, calls, objects and type arguments the parser gives up first, at 550 to 1,060, and that
 * is caught where the file is parsed); the checker overflows on nested calls at about 410. Real
 * code nests far less (about 110 at most, in minified bundles). 500 leaves the binder a margin of
 * more than two; a checker overflow between 410 and 500 only fails the one file that holds it.
 *
 * Binary expressions do not count: TypeScript's parser, binder and checker walk a chain of them
 * (`a + b + c …`, thousands long in generated code) without recursion.
 */
export const maxNestingDepth = 500;

/**
 * How many levels a node's subtree can hold per character of its text, at most, and beyond that
 * a constant: one per character in `!!!!x` or `{{{{`, two in `@@@@x` or an unterminated `((((`
 * type. Twice that is assumed, so that a subtree too short to nest past the limit is never walked.
 */
const levelsPerCharacter = 4;
const levelsBeyondText = 8;

/**
 * Whether the syntax tree of `sourceFile` nests deeper than `limit` (binary expressions not
 * counted), decided without recursion. Only nodes whose text is long enough to hold a subtree
 * reaching past the limit are walked: a small fraction of any real file.
 */
export function nestsDeeperThan(tsm: TsModule, sourceFile: ts.SourceFile, limit: number = maxNestingDepth): boolean {
  const binary = tsm.SyntaxKind.BinaryExpression;
  const nodes: ts.Node[] = [sourceFile];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as ts.Node;
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    const childDepth = node.kind === binary ? depth : depth + 1;
    tsm.forEachChild(node, (child) => {
      if (childDepth + levelsPerCharacter * (child.end - child.pos) + levelsBeyondText <= limit) return;
      nodes.push(child);
      depths.push(childDepth);
    });
  }
  return false;
}
