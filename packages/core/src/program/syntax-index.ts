import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { walk } from './walk.js';

/**
 * The nodes of a source file that the engine's passes look for, found by one walk and kept per
 * file, in source order: functions with a body, calls and `new` expressions, and the declarations
 * that name a value or a member (variables, binding elements, imports, object-literal properties,
 * class and interface members). Each pass filters the kinds it needs from this list instead of
 * walking the whole tree again (the walks were a large part of the engine's own time).
 */
export function indexedNodes(tsm: TsModule, sf: ts.SourceFile): readonly ts.Node[] {
  let nodes = indexes.get(sf);
  if (!nodes) {
    const kinds = indexedKinds(tsm);
    const found: ts.Node[] = [];
    walk(tsm, sf, (n) => {
      if (kinds[n.kind] === true) found.push(n);
    });
    indexes.set(sf, (nodes = found));
  }
  return nodes;
}

const indexes = new WeakMap<ts.SourceFile, readonly ts.Node[]>();
const kindTables = new WeakMap<TsModule, readonly boolean[]>();

/** The kinds `indexedNodes` keeps, as a table by `SyntaxKind` (per TypeScript module: kinds are numbered per version). */
function indexedKinds(tsm: TsModule): readonly boolean[] {
  let table = kindTables.get(tsm);
  if (!table) {
    const k = tsm.SyntaxKind;
    const kept = [
      k.FunctionDeclaration, k.FunctionExpression, k.ArrowFunction, k.MethodDeclaration, k.Constructor, k.GetAccessor, k.SetAccessor,
      k.CallExpression, k.NewExpression,
      k.VariableDeclaration, k.BindingElement, k.ImportClause, k.ImportSpecifier,
      k.PropertyAssignment, k.ShorthandPropertyAssignment, k.PropertyDeclaration, k.PropertySignature, k.MethodSignature,
    ];
    const built: boolean[] = [];
    for (const kind of kept) built[kind] = true;
    kindTables.set(tsm, (table = built));
  }
  return table;
}
