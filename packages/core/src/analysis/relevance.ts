import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import { walk } from '../program/walk.js';

/**
 * The top-level names of a file that can lead to the model: imports from the model or from files
 * that reach it, and the file's own declarations (which may alias a model type).
 */
export function modelNames(ctx: AnalysisContext, sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const [name, file] of ctx.importsOf(sf)) {
    if (file === sf.fileName || file === '' || ctx.reach.has(file) || ctx.model.isPackageFile(file)) names.add(name);
  }
  return names;
}

/** Whether a type annotation names nothing that can lead to the model (so it needs no type query). */
export function annotationIsPlain(ctx: AnalysisContext, type: ts.TypeNode, names: ReadonlySet<string>): boolean {
  let plain = true;
  walk(ctx.ts, type, (n) => {
    if (!plain) return false;
    if (ctx.ts.isIdentifier(n) && names.has(n.text)) plain = false;
    return plain;
  });
  return plain;
}

/**
 * A cheap syntactic test of whether interpreting a function can find anything: it must mention a
 * name that leads to the model (an import from the model or from a file that reaches it, a
 * declaration of this file, a model method, a property declared with a scoped type), be held by a
 * variable or field whose declared type names such a name, or be one the model calls back
 * (`probe`, `unbind`, a handler written in its table; one the table names from elsewhere is
 * `isReferencedRoot`, roots.ts). A function that mentions none of these only
 * moves values that no rule follows, so it is not interpreted at all. `fileNames` is `modelNames`
 * of the functions' file. `functions`: the file's functions; a method among them (`#enter()`,
 * `static open()`) that passes the test makes its name one that leads to the model too, so a
 * function calling it (`this.#enter();`) is interpreted, as one calling a top-level helper is.
 */
export function relevanceTest(
  ctx: AnalysisContext,
  fileNames: ReadonlySet<string>,
  functions: readonly ts.FunctionLikeDeclaration[] = [],
): (fn: ts.FunctionLikeDeclaration) => boolean {
  const tsm = ctx.ts;
  // Method names of the model's own calls (not every member of its types: `name`, `size`, `id`
  // are everywhere), and the fields declared with a scoped type.
  const names = new Set<string>([...ctx.specMemberNames, ...ctx.scopedProperties, ...fileNames]);
  const callbackNames = new Set(ctx.model.spec.drivers.flatMap((d) => [d.probe, d.unbind]));
  const tableNames = new Set(ctx.model.spec.handlerTables.map((h) => h.table));
  const handlerArity = Math.min(...ctx.model.spec.handlerTables.map((h) => Math.max(...h.signature.map(([i]) => i)) + 1));
  const test = (fn: ts.FunctionLikeDeclaration): boolean => {
    if (fn.parameters.length >= handlerArity) return true;
    const name = (tsm.isMethodDeclaration(fn) ? fn.name : fn.parent && 'name' in fn.parent ? (fn.parent as { name?: ts.Node }).name : undefined) as
      | ts.Node
      | undefined;
    if (name && tsm.isIdentifier(name) && (callbackNames.has(name.text) || tableNames.has(name.text))) return true;
    // A function given a declared type that leads to the model (`const wait: drm.IoctlHandler<…> =
    // async (dev, regData, arg) => …`): its parameters get their types from it.
    const holder = fn.parent;
    if (
      holder &&
      (tsm.isVariableDeclaration(holder) || tsm.isPropertyDeclaration(holder)) &&
      holder.initializer === fn &&
      holder.type &&
      !annotationIsPlain(ctx, holder.type, fileNames)
    ) {
      return true;
    }
    const table = tsm.isMethodDeclaration(fn) ? fn.parent?.parent : fn.parent?.parent?.parent;
    if (table && tsm.isPropertyAssignment(table) && tsm.isIdentifier(table.name) && tableNames.has(table.name.text)) return true;
    let found = false;
    walk(tsm, fn, (n) => {
      if (found) return false;
      if ((tsm.isIdentifier(n) || tsm.isPrivateIdentifier(n)) && names.has(n.text)) found = true;
      return !found;
    });
    return found;
  };
  // A method that leads to the model leads there through its name; to a fixed point, as a method
  // may reach the model only through another one.
  const pending = functions.flatMap((fn) => {
    const name = memberNameOf(ctx, fn);
    return name === undefined ? [] : [{ fn, name }];
  });
  for (let added = true; added; ) {
    added = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const entry = pending[i];
      if (!entry || names.has(entry.name) || !test(entry.fn)) continue;
      names.add(entry.name);
      pending.splice(i, 1);
      added = true;
    }
  }
  return test;
}

/** The name a method, accessor or function-valued property is called by (`m`, `#m`), if it has one. */
function memberNameOf(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration): string | undefined {
  const tsm = ctx.ts;
  const declared = tsm.isMethodDeclaration(fn) || tsm.isGetAccessorDeclaration(fn)
    ? fn.name
    : fn.parent && (tsm.isPropertyDeclaration(fn.parent) || tsm.isPropertyAssignment(fn.parent)) && fn.parent.initializer === fn
      ? fn.parent.name
      : undefined;
  return declared && (tsm.isIdentifier(declared) || tsm.isPrivateIdentifier(declared)) ? declared.text : undefined;
}
