import type * as ts from 'typescript';
import type { TsModule, UnresolvedModelImport } from '../engine.js';
import { moduleReferences } from './module-references.js';

/**
 * The first module reference of `sf` that names the model's package — `packageName` itself or a
 * subpath `packageName/…` — and that TypeScript could not resolve to a file of the program. Any
 * other unresolved import is tsc's business; a file that names nothing of the package has none.
 */
export function unresolvedModelImport(
  tsm: TsModule,
  program: ts.Program,
  checker: ts.TypeChecker,
  sf: ts.SourceFile,
  packageName: string,
): UnresolvedModelImport | undefined {
  if (!sf.text.includes(packageName)) return undefined;
  for (const ref of moduleReferences(tsm, program, checker, sf)) {
    if (ref.resolvedFileName !== undefined || !ref.node) continue;
    if (ref.text !== packageName && !ref.text.startsWith(`${packageName}/`)) continue;
    const start = ref.node.getStart(sf);
    return {
      packageName,
      specifier: ref.text,
      span: { fileName: sf.fileName, start, end: ref.node.end },
      message:
        ref.text === packageName
          ? `cannot resolve '${packageName}': the model's package is not installed where TypeScript looks for it (run the package manager's install), so bindsafe cannot analyse this file`
          : `cannot resolve '${ref.text}': '${packageName}' has no such module (fix the import, or run the package manager's install), so bindsafe cannot analyse this file`,
    };
  }
  return undefined;
}
