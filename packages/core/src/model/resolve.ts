import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { findModelInstances, type ModelInstance } from './instances.js';
import { specMembers, type ModelSpec, type Scope } from './spec.js';

/**
 * A `ModelSpec` resolved against one program: every name in the spec mapped to the declarations
 * it denotes there. Matching a call or a type is then a map lookup on a declaration node, so it
 * follows aliases, re-exports and renamed imports, and is never fooled by a user's own names.
 *
 * A program may hold several copies of the package (two installed versions, a workspace copy
 * next to an installed one): each is resolved, and the maps hold the declarations of all of them.
 *
 * Invariants: built once per program and checker; every declaration in the maps lies below the
 * directory of one copy (the real path of the directory holding its package.json).
 */
export interface ResolvedModel {
  readonly spec: ModelSpec;
  /** The spec name (`'drm.Device#unbindGuard'`) of a member declaration. */
  memberName(declaration: ts.Node): string | undefined;
  /** The spec name (`'drm.UnbindGuard'`) of a class or interface declaration. */
  typeName(declaration: ts.Node): string | undefined;
  /** Context marker declarations and their scope. */
  contextScope(declaration: ts.Node): Scope | undefined;
  /** The spec name of a context marker declaration (`'drm.Uninit'`). */
  contextName(declaration: ts.Node): string | undefined;
  /** Whether a file belongs to one of the package's copies. */
  isPackageFile(fileName: string): boolean;
  /** Names of the methods of the scoped types that return a scoped type (`asRef`, `unsafeAsBound`, `parent`…). */
  readonly scopedTypeMemberNames: ReadonlySet<string>;
}

/** The spec resolved in `program`, or `undefined` when no file of the program belongs to the package. */
export function resolveModel(
  tsm: TsModule,
  program: ts.Program,
  checker: ts.TypeChecker,
  spec: ModelSpec,
): ResolvedModel | undefined {
  const topLevel = new Set([...specMembers(spec), spec.guard.type, ...spec.scopedTypes.map((t) => t.type)].map((n) => n.split(/[.#]/)[0] ?? ''));
  const instances = findModelInstances(tsm, program, spec.package);
  const roots = instances.flatMap((instance) => entryModules(tsm, checker, instance, topLevel));
  if (roots.length === 0) return undefined;

  const members = new Map<ts.Node, string>();
  const types = new Map<ts.Node, string>();
  const contexts = new Map<ts.Node, Scope>();
  const contextNames = new Map<ts.Node, string>();

  const resolveAlias = (s: ts.Symbol): ts.Symbol =>
    s.flags & tsm.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;

  const exportOf = (container: ts.Symbol, name: string): ts.Symbol | undefined => {
    const found = checker.getExportsOfModule(container).find((e) => e.name === name);
    return found && resolveAlias(found);
  };

  // The package root being resolved: each copy of the package in turn.
  let moduleSymbol: ts.Symbol | undefined;
  const symbolOfPath = (path: readonly string[]): ts.Symbol | undefined => {
    let current: ts.Symbol | undefined = moduleSymbol;
    for (const part of path) {
      if (!current) return undefined;
      current = exportOf(current, part);
    }
    return current;
  };

  const record = (map: Map<ts.Node, string>, symbol: ts.Symbol | undefined, name: string): void => {
    for (const d of symbol?.declarations ?? []) map.set(d, name);
  };

  const resolveName = (name: string): void => {
    const hash = name.indexOf('#');
    if (hash >= 0) {
      const owner = symbolOfPath(name.slice(0, hash).split('.'));
      if (!owner) return;
      const instance = checker.getDeclaredTypeOfSymbol(owner);
      record(members, checker.getPropertyOfType(instance, name.slice(hash + 1)), name);
      return;
    }
    const parts = name.split('.');
    const symbol = symbolOfPath(parts);
    if (symbol) {
      record(members, symbol, name);
      return;
    }
    // `ns.Class.staticMember`
    const owner = symbolOfPath(parts.slice(0, -1));
    if (!owner) return;
    const statics = checker.getTypeOfSymbol(owner);
    record(members, checker.getPropertyOfType(statics, parts[parts.length - 1] ?? ''), name);
  };

  const typeNames = new Set<string>([
    ...spec.scopedTypes.map((t) => t.type),
    ...spec.drivers.map((d) => d.type),
    ...spec.handlerTables.flatMap((h) => [h.type, ...h.signature.map(([, t]) => t)]),
    spec.guard.type,
    spec.movableType,
    ...spec.registrations.map((r) => r.type),
    ...spec.handleTypes,
  ]);
  const scopedOwners: ts.Symbol[] = [];
  for (const root of roots) {
    moduleSymbol = root;
    for (const t of typeNames) {
      const symbol = symbolOfPath(t.split('.'));
      record(types, symbol, t);
      if (symbol && (spec.scopedTypes.some((s) => s.type === t) || t === spec.guard.type)) scopedOwners.push(symbol);
    }
    for (const c of spec.contexts) {
      for (const d of symbolOfPath(c.type.split('.'))?.declarations ?? []) {
        contexts.set(d, c.scope);
        contextNames.set(d, c.type);
      }
    }
    for (const u of spec.unregisteredContexts) record(contextNames, symbolOfPath(u.split('.')), u);
    for (const m of new Set(specMembers(spec))) resolveName(m);
  }
  const scopedNames = new Set(spec.scopedTypes.map((s) => s.type));
  const isScopedModelType = (type: ts.Type): boolean => {
    if (type.isUnion()) return type.types.some(isScopedModelType);
    return (type.getSymbol()?.declarations ?? []).some((d) => scopedNames.has(types.get(d) ?? ''));
  };
  const scopedTypeMemberNames = new Set<string>();
  for (const owner of scopedOwners) {
    for (const p of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(owner))) {
      const decl = p.valueDeclaration;
      if (!decl) continue;
      const signatures = checker.getTypeOfSymbolAtLocation(p, decl).getCallSignatures();
      if (signatures.some((s) => isScopedModelType(s.getReturnType()))) scopedTypeMemberNames.add(p.name);
    }
  }

  const prefixes = instances.map((i) => (i.dir.endsWith('/') ? i.dir : `${i.dir}/`));
  return {
    spec,
    memberName: (d) => members.get(d),
    typeName: (d) => types.get(d),
    contextScope: (d) => contexts.get(d),
    contextName: (d) => contextNames.get(d),
    isPackageFile: (f) => prefixes.some((p) => f.startsWith(p)),
    scopedTypeMemberNames,
  };
}

/**
 * The module symbols of a copy's roots: of its files, those that export the most of the spec's
 * top-level names (`pci`, `drm`, `device`…), whatever their paths or the package's `exports` say.
 * Usually one; two when the program holds both the sources and the built declarations of a copy.
 */
function entryModules(tsm: TsModule, checker: ts.TypeChecker, instance: ModelInstance, wanted: ReadonlySet<string>): ts.Symbol[] {
  let best: ts.Symbol[] = [];
  let bestCount = 0;
  for (const sf of instance.files) {
    const symbol = checker.getSymbolAtLocation(sf);
    if (!symbol || !(symbol.flags & tsm.SymbolFlags.ValueModule)) continue;
    const count = checker.getExportsOfModule(symbol).filter((e) => wanted.has(e.name)).length;
    if (count > bestCount) {
      best = [symbol];
      bestCount = count;
    } else if (count === bestCount && count > 0) {
      best.push(symbol);
    }
  }
  return best;
}
