import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { walk } from './walk.js';
import { moduleSpecifierOf, type ResolvedModel } from '../model/resolve.js';

/**
 * Which files of a program reach the model: they import the model's package, or import (through
 * any chain of imports) a file that does. Computed once per program by walking the import graph
 * backwards from the files that import the package; nothing is type-checked.
 */
export function computeReach(tsm: TsModule, program: ts.Program, checker: ts.TypeChecker, model: ResolvedModel): ReadonlySet<string> {
  const importers = new Map<string, string[]>();
  const reaching = new Set<string>();
  const queue: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || model.isPackageFile(sf.fileName) || program.isSourceFileFromExternalLibrary(sf)) continue;
    for (const target of importsOf(tsm, sf, checker)) {
      if (model.isPackageFile(target)) {
        if (!reaching.has(sf.fileName)) {
          reaching.add(sf.fileName);
          queue.push(sf.fileName);
        }
        continue;
      }
      let list = importers.get(target);
      if (!list) importers.set(target, (list = []));
      list.push(sf.fileName);
    }
  }
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const importer of importers.get(file) ?? []) {
      if (reaching.has(importer)) continue;
      reaching.add(importer);
      queue.push(importer);
    }
  }
  return reaching;
}

/** The files a source file's import and export-from declarations (and `import()` types) resolve to. */
function importsOf(tsm: TsModule, sf: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const out: string[] = [];
  const add = (specifier: ts.Expression): void => {
    const symbol = checker.getSymbolAtLocation(specifier);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (decl && tsm.isSourceFile(decl)) out.push(decl.fileName);
  };
  for (const statement of sf.statements) {
    const specifier = moduleSpecifierOf(tsm, statement);
    if (specifier) add(specifier);
  }
  if (sf.text.includes('import(')) {
    walk(tsm, sf, (n) => {
      if (tsm.isImportTypeNode(n) && tsm.isLiteralTypeNode(n.argument) && tsm.isStringLiteral(n.argument.literal)) add(n.argument.literal);
      else if (tsm.isCallExpression(n) && n.expression.kind === tsm.SyntaxKind.ImportKeyword && n.arguments[0] && tsm.isStringLiteral(n.arguments[0])) {
        add(n.arguments[0]);
      }
    });
  }
  return out;
}
