import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { walk } from './walk.js';

/** One module a source file refers to, and the file of the program it resolved to (if any). */
export interface ModuleReference {
  /** The module name as written (`'@bindsafe/kernel'`, `'./types.js'`, a `paths` alias…). */
  readonly text: string;
  /** The string literal that names it, when there is one (imports, `require`, `import()` types). */
  readonly node?: ts.StringLiteralLike;
  /** The program's file it resolved to; `undefined` when TypeScript could not resolve it. */
  readonly resolvedFileName: string | undefined;
}

/**
 * The program's own view of a file's dependencies: TypeScript collects, while building the
 * program, every module name a file uses (import and export declarations, `import x = require()`,
 * `require()` in JavaScript files, `import()` calls and types, JSDoc `import()` types in
 * JavaScript), and resolves each with the program's options (`paths`, `baseUrl`, export
 * conditions, symlinks). Reading those resolutions — not the import text — is what lets a
 * `paths` alias or a `require` reach the model. Triple-slash references (`/// <reference
 * types>` and `path`) are included.
 *
 * These are not part of TypeScript's public API (`SourceFile.imports`,
 * `Program.getResolvedModuleFromModuleSpecifier`); where they are missing, the file's top-level
 * imports and `import()` expressions and types are read syntactically and resolved through the
 * checker instead.
 */
export function moduleReferences(tsm: TsModule, program: ts.Program, checker: ts.TypeChecker, sf: ts.SourceFile): ModuleReference[] {
  const internal = program as ts.Program & {
    getResolvedModuleFromModuleSpecifier?: (specifier: ts.StringLiteralLike, sf: ts.SourceFile) => { resolvedModule?: { resolvedFileName: string } } | undefined;
    getResolvedTypeReferenceDirectiveFromTypeReferenceDirective?: (
      ref: ts.FileReference,
      sf: ts.SourceFile,
    ) => { resolvedTypeReferenceDirective?: { resolvedFileName?: string } } | undefined;
  };
  const inProgram = (fileName: string | undefined): string | undefined =>
    fileName !== undefined && program.getSourceFile(fileName) ? fileName : undefined;
  const out: ModuleReference[] = [];

  const imports = (sf as ts.SourceFile & { imports?: readonly ts.StringLiteralLike[] }).imports;
  const augmentations = (sf as ts.SourceFile & { moduleAugmentations?: readonly (ts.StringLiteral | ts.Identifier)[] }).moduleAugmentations ?? [];
  const byProgram = internal.getResolvedModuleFromModuleSpecifier;
  if (Array.isArray(imports) && typeof byProgram === 'function') {
    for (const node of [...imports, ...augmentations.filter((a): a is ts.StringLiteral => tsm.isStringLiteral(a))]) {
      // Synthetic imports (`tslib`, the JSX runtime) have no position in the file.
      if (node.pos < 0) continue;
      const resolved = byProgram.call(program, node, sf)?.resolvedModule?.resolvedFileName;
      out.push({ text: node.text, node, resolvedFileName: inProgram(resolved) });
    }
  } else {
    for (const node of syntacticSpecifiers(tsm, sf)) {
      const symbol = checker.getSymbolAtLocation(node);
      const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
      out.push({ text: node.text, node, resolvedFileName: decl && tsm.isSourceFile(decl) ? decl.fileName : undefined });
    }
  }

  const byDirective = internal.getResolvedTypeReferenceDirectiveFromTypeReferenceDirective;
  if (typeof byDirective === 'function') {
    for (const ref of sf.typeReferenceDirectives) {
      const resolved = byDirective.call(program, ref, sf)?.resolvedTypeReferenceDirective?.resolvedFileName;
      out.push({ text: ref.fileName, resolvedFileName: inProgram(resolved) });
    }
  }
  for (const ref of sf.referencedFiles) {
    const dir = sf.fileName.slice(0, sf.fileName.lastIndexOf('/') + 1);
    const path = tsm.sys ? tsm.sys.resolvePath(dir + ref.fileName) : dir + ref.fileName;
    out.push({ text: ref.fileName, resolvedFileName: inProgram(path) ?? inProgram(`${path}.d.ts`) ?? inProgram(`${path}.ts`) });
  }
  return out;
}

/** Module specifiers read from the syntax: top-level imports and exports, `import()` calls and types. */
function syntacticSpecifiers(tsm: TsModule, sf: ts.SourceFile): ts.StringLiteral[] {
  const out: ts.StringLiteral[] = [];
  for (const statement of sf.statements) {
    const specifier = moduleSpecifierOf(tsm, statement);
    if (specifier) out.push(specifier);
  }
  if (sf.text.includes('import(') || sf.text.includes('require(')) {
    walk(tsm, sf, (n) => {
      if (tsm.isImportTypeNode(n) && tsm.isLiteralTypeNode(n.argument) && tsm.isStringLiteral(n.argument.literal)) out.push(n.argument.literal);
      else if (tsm.isCallExpression(n) && n.arguments[0] && tsm.isStringLiteral(n.arguments[0])) {
        const isImport = n.expression.kind === tsm.SyntaxKind.ImportKeyword;
        const isRequire = tsm.isIdentifier(n.expression) && n.expression.text === 'require';
        if (isImport || isRequire) out.push(n.arguments[0]);
      }
    });
  }
  return out;
}

/** The string literal a top-level import/export statement names, if any. */
export function moduleSpecifierOf(tsm: TsModule, statement: ts.Statement): ts.StringLiteral | undefined {
  if (
    (tsm.isImportDeclaration(statement) || tsm.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    tsm.isStringLiteral(statement.moduleSpecifier)
  ) {
    return statement.moduleSpecifier;
  }
  if (
    tsm.isImportEqualsDeclaration(statement) &&
    tsm.isExternalModuleReference(statement.moduleReference) &&
    tsm.isStringLiteral(statement.moduleReference.expression)
  ) {
    return statement.moduleReference.expression;
  }
  return undefined;
}
