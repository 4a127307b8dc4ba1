import * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { walk } from '../src/program/walk.js';
import { indexedNodes } from '../src/program/syntax-index.js';

const parse = (text: string) => ts.createSourceFile('w.ts', text, ts.ScriptTarget.ES2022, true);

/** The nodes of `root` in source order, by recursion: what `walk` must give. */
function preorder(root: ts.Node, out: ts.Node[] = []): ts.Node[] {
  out.push(root);
  ts.forEachChild(root, (c) => {
    preorder(c, out);
  });
  return out;
}

describe('walk', () => {
  it('visits every node once, in source order', () => {
    const sf = parse(`const a = f(1, [2, 3], { x: g(4) });\nclass C { m(p: number) { return p ? h(p) : 0; } }\n`);
    const seen: ts.Node[] = [];
    walk(ts, sf, (n) => {
      seen.push(n);
    });
    expect(seen).toEqual(preorder(sf));
    expect(seen.length).toBeGreaterThan(30);
  });

  it('skips the children of a node the visitor returns false for, and nothing else', () => {
    const sf = parse(`function outer() { inner(1); }\nlater(2);\n`);
    const calls: string[] = [];
    walk(ts, sf, (n) => {
      if (ts.isCallExpression(n)) calls.push(n.expression.getText(sf));
      return !ts.isFunctionDeclaration(n);
    });
    expect(calls).toEqual(['later']);
  });

  it('walks a tree nested deeper than recursion could go', () => {
    const depth = 100_000;
    let node: ts.Expression = ts.factory.createNumericLiteral(1);
    for (let i = 0; i < depth; i++) node = ts.factory.createArrayLiteralExpression([node]);
    expect(() => preorder(node)).toThrow(RangeError);
    let arrays = 0;
    walk(ts, node, (n) => {
      if (ts.isArrayLiteralExpression(n)) arrays++;
    });
    expect(arrays).toBe(depth);
  });
});

describe('indexedNodes', () => {
  it('holds the functions, calls and naming declarations of a file, in source order, and nothing else', () => {
    const sf = parse(`import { a, type B } from 'm';
const { x, y: [z] } = a();
class C { f = 1; #g = () => new C(); get h() { return 2; } m(p = 3) { return p; } }
interface I { s: string; n(): void }
export const o = { p: 1, q, r() {}, t: function () {} };
`);
    const kinds = indexedNodes(ts, sf).map((n) => ts.SyntaxKind[n.kind]);
    const expected = preorder(sf)
      .filter((n) => kinds.includes(ts.SyntaxKind[n.kind]))
      .map((n) => ts.SyntaxKind[n.kind]);
    expect(kinds).toEqual(expected);
    expect(new Set(kinds)).toEqual(
      new Set([
        'ImportClause', 'ImportSpecifier', 'VariableDeclaration', 'BindingElement', 'CallExpression', 'PropertyDeclaration',
        'ArrowFunction', 'NewExpression', 'GetAccessor', 'MethodDeclaration', 'PropertySignature', 'MethodSignature',
        'PropertyAssignment', 'ShorthandPropertyAssignment', 'FunctionExpression',
      ]),
    );
    expect(indexedNodes(ts, sf)).toBe(indexedNodes(ts, sf));
  });
});
