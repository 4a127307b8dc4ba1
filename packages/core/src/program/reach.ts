import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { ResolvedModel } from '../model/resolve.js';
import { moduleReferences } from './module-references.js';

/**
 * Which files of a program reach the model: one of their module references resolves to a file of
 * the model's package, or to a file that reaches it (through any chain of imports, re-exports,
 * `require`s, `import()` types, `paths` aliases). Computed once per program from the resolutions
 * TypeScript made while building it (see `moduleReferences`), by walking the import graph
 * backwards from the package's files; nothing is type-checked. Declaration files of the project
 * pass reach on (a `.ts` importing a `.d.ts` that re-exports the model reaches it) but are never
 * analysed themselves; external libraries are not followed.
 */
export function computeReach(tsm: TsModule, program: ts.Program, checker: ts.TypeChecker, model: ResolvedModel): ReadonlySet<string> {
  const importers = new Map<string, string[]>();
  const reaching = new Set<string>();
  const queue: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (model.isPackageFile(sf.fileName) || program.isSourceFileFromExternalLibrary(sf) || program.isSourceFileDefaultLibrary(sf)) continue;
    for (const { resolvedFileName: target } of moduleReferences(tsm, program, checker, sf)) {
      if (target === undefined) continue;
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
