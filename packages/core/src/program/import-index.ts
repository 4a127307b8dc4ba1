import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { moduleSpecifierOf } from './module-references.js';

/**
 * Where each top-level name of a file comes from: the file it is imported from, or the file
 * itself for its own declarations. Lets a call decide, without asking the checker, that its callee
 * lives in a file that cannot reach the model (so it cannot hand back a model value).
 */
export function importIndex(tsm: TsModule, sf: ts.SourceFile, checker: ts.TypeChecker): Map<string, string> {
  const index = new Map<string, string>();
  for (const statement of sf.statements) {
    if (tsm.isImportDeclaration(statement)) {
      const specifier = moduleSpecifierOf(tsm, statement);
      const target = specifier && checker.getSymbolAtLocation(specifier)?.valueDeclaration;
      const file = target && tsm.isSourceFile(target) ? target.fileName : '';
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) index.set(clause.name.text, file);
      const bindings = clause.namedBindings;
      if (bindings && tsm.isNamespaceImport(bindings)) index.set(bindings.name.text, file);
      else if (bindings) for (const e of bindings.elements) index.set(e.name.text, file);
    } else if ((tsm.isFunctionDeclaration(statement) || tsm.isClassDeclaration(statement)) && statement.name) {
      index.set(statement.name.text, sf.fileName);
    } else if (tsm.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (tsm.isIdentifier(d.name)) index.set(d.name.text, sf.fileName);
    }
  }
  return index;
}
