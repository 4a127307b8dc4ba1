import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { walk } from './walk.js';

/**
 * The names of the methods (and function-valued properties and getters) declared in `files`:
 * class members, object-literal members and interface members, `#private` ones included. A method
 * call by any other name calls nothing declared there, so it needs no checker lookup to be judged
 * (calls.ts: a method of a file that reaches the model may hand back a model value).
 */
export function declaredMemberNames(tsm: TsModule, files: Iterable<ts.SourceFile>): Set<string> {
  const names = new Set<string>();
  const add = (name: ts.Node): void => {
    if (tsm.isIdentifier(name) || tsm.isPrivateIdentifier(name) || tsm.isStringLiteral(name)) names.add(name.text);
  };
  for (const sf of files) {
    walk(tsm, sf, (n) => {
      if (tsm.isMethodDeclaration(n) || tsm.isMethodSignature(n) || tsm.isGetAccessorDeclaration(n)) add(n.name);
      else if ((tsm.isPropertyAssignment(n) || tsm.isPropertyDeclaration(n)) && n.initializer && (tsm.isArrowFunction(n.initializer) || tsm.isFunctionExpression(n.initializer))) {
        add(n.name);
      } else if (tsm.isPropertySignature(n) && n.type && tsm.isFunctionTypeNode(n.type)) add(n.name);
      return !tsm.isTypeNode(n) || tsm.isTypeLiteralNode(n);
    });
  }
  return names;
}
