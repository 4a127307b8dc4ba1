import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { indexedNodes } from './syntax-index.js';
import { walk } from './walk.js';

/**
 * The names of the methods (and function-valued properties and getters) declared in `files` that
 * can hand back what `tokens` lead to: class, object-literal and interface members (`#private`
 * ones included) whose declaration spells one of `tokens` (the model's guard and registration
 * types, the calls that make them, the fields declared with a scoped type) or the name of another
 * such member. A method call by any other name calls nothing declared there that could, so it
 * needs no checker lookup (calls.ts: a method may hand back a model value though nothing tracked
 * goes in). Syntactic, once per program: each member's identifiers are read once.
 */
export function memberNamesReaching(tsm: TsModule, files: Iterable<ts.SourceFile>, tokens: ReadonlySet<string>): Set<string> {
  const members: { name: string; spelt: Set<string> }[] = [];
  const add = (name: ts.Node, declaration: ts.Node): void => {
    if (!tsm.isIdentifier(name) && !tsm.isPrivateIdentifier(name) && !tsm.isStringLiteral(name)) return;
    const spelt = new Set<string>();
    walk(tsm, declaration, (n) => {
      if (tsm.isIdentifier(n) || tsm.isPrivateIdentifier(n)) spelt.add(n.text);
    });
    members.push({ name: name.text, spelt });
  };
  for (const sf of files) {
    for (const n of indexedNodes(tsm, sf)) {
      if (tsm.isMethodDeclaration(n) || tsm.isMethodSignature(n) || tsm.isGetAccessorDeclaration(n)) add(n.name, n);
      else if ((tsm.isPropertyAssignment(n) || tsm.isPropertyDeclaration(n)) && n.initializer && (tsm.isArrowFunction(n.initializer) || tsm.isFunctionExpression(n.initializer))) {
        add(n.name, n);
      } else if (tsm.isPropertySignature(n) && n.type && tsm.isFunctionTypeNode(n.type)) add(n.name, n);
    }
  }
  const names = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of members) {
      if (names.has(m.name)) continue;
      for (const s of m.spelt) {
        if (tokens.has(s) || (names.has(s) && s !== m.name)) {
          names.add(m.name);
          grew = true;
          break;
        }
      }
    }
  }
  return names;
}
