import type * as ts from 'typescript';
import type { EngineOptions, TsModule } from '../engine.js';
import type { ResolvedModel } from '../model/resolve.js';
import { memberShortName, shorterScope, specMembers, type Scope, type ScopedTypeSpec } from '../model/spec.js';
import type { Summary } from './summary-types.js';
import { importIndex } from '../program/import-index.js';

export type FunctionLike = ts.FunctionLikeDeclaration;

/**
 * Everything one program's analysis shares: the checker, the resolved model, memoised type
 * scopes and function summaries. Type queries go through here so they stay few and cached.
 *
 * Invariants: one context per program and option set; caches never outlive it.
 */
export class AnalysisContext {
  readonly checker: ts.TypeChecker;
  readonly summaries = new Map<ts.Node, Summary>();
  private readonly typeScopes = new Map<ts.Type, Scope | null>();
  private readonly scopedTypeSpecs: Map<string, ScopedTypeSpec>;
  /** Every member name the model's calls use: a call by any other name is never a model call. */
  readonly modelMemberNames: ReadonlySet<string>;
  /** The member names the spec itself names, but for the derived results (a subset of `modelMemberNames`; see relevance.ts). */
  readonly specMemberNames: ReadonlySet<string>;
  /** The spec's members, as written in it (`'drm.Device#unbindGuard'`). */
  private readonly specMembers: ReadonlySet<string>;
  /** Names of the guard's section properties (`parent`). */
  readonly sectionPropertyNames: ReadonlySet<string>;
  /** Names of the operations that need a registered device. */
  readonly registeredOnlyNames: ReadonlySet<string>;
  /** Names of the drivers' probe methods. */
  readonly probeNames: ReadonlySet<string>;
  /** The unsafe JSDoc tag in a comment's text. */
  private readonly unsafeTagPattern: RegExp;

  /** Files that reach the model (see program/reach.ts). */
  reach: ReadonlySet<string> = new Set();
  /** Property names declared with a scoped type in the files that reach the model. */
  scopedProperties: ReadonlySet<string> = new Set();
  private readonly importIndexes = new Map<ts.SourceFile, Map<string, string>>();
  private readonly symbols = new Map<ts.Node, ts.Symbol | undefined>();
  private readonly carries = new Map<ts.Node, boolean>();
  private readonly partCarries = new Map<ts.Node, boolean>();
  private readonly copies = new Map<ts.Node, boolean>();

  constructor(
    readonly ts: TsModule,
    readonly program: ts.Program,
    readonly model: ResolvedModel,
    readonly options: EngineOptions,
    checker: ts.TypeChecker,
  ) {
    this.checker = checker;
    this.scopedTypeSpecs = new Map(model.spec.scopedTypes.map((s) => [s.type, s]));
    const spec = model.spec;
    // Calls are recognised by these names first; properties (`parent`) are not calls.
    const members = specMembers(spec).filter((m) => !spec.guard.sectionProperties.includes(m));
    // A derived result (`parent()`, `fromDevice()`) is always reached through a value or a name
    // of the model, so its name alone does not make a function worth interpreting (relevance.ts).
    const onlyDerived = (m: string): boolean => m in spec.derivedResults && !spec.boundResults.includes(m);
    this.specMemberNames = new Set(members.filter((m) => !onlyDerived(m)).map(memberShortName));
    this.specMembers = new Set(members.filter((m) => m.includes('#')));
    this.modelMemberNames = new Set([...members.map(memberShortName), ...model.scopedTypeMemberNames]);
    this.sectionPropertyNames = new Set(spec.guard.sectionProperties.map(memberShortName));
    this.registeredOnlyNames = new Set(spec.registeredOnly.map(memberShortName));
    this.probeNames = new Set(spec.drivers.map((d) => d.probe));
    this.unsafeTagPattern = new RegExp(`(?:^|\\s|\\*)@${spec.unsafeTag}\\b`);
  }

  /**
   * Whether a call of the top-level name `name` in `sf` can matter when no tracked value is passed:
   * only a function of a file that reaches the model can hand back a model value. Unknown names
   * (globals, locals) are judged by their caller.
   */
  calleeMayMatter(sf: ts.SourceFile, name: string): boolean | undefined {
    const file = this.importsOf(sf).get(name);
    if (file === undefined) return undefined;
    return this.reach.has(file);
  }

  /** Top-level names of a file and the file each comes from (see program/import-index.ts). */
  importsOf(sf: ts.SourceFile): ReadonlyMap<string, string> {
    let index = this.importIndexes.get(sf);
    if (!index) this.importIndexes.set(sf, (index = importIndex(this.ts, sf, this.checker)));
    return index;
  }

  /**
   * The model member `name` denotes on values of the model type `type`, known without the checker
   * (a spec member, or a method whose result the spec describes), or `undefined` to ask the checker.
   */
  memberOfType(type: string | undefined, name: string): string | undefined {
    if (type === undefined) return undefined;
    const member = `${type}#${name}`;
    return this.specMembers.has(member) || member in this.model.spec.scopedResults ? member : undefined;
  }

  /** The model member a name node (identifier or property name) denotes. */
  memberAt(name: ts.Node): string | undefined {
    const symbol = this.symbolAt(name);
    for (const d of symbol?.declarations ?? []) {
      const m = this.model.memberName(d);
      if (m) return m;
    }
    return undefined;
  }

  symbolAt(node: ts.Node): ts.Symbol | undefined {
    if (this.symbols.has(node)) return this.symbols.get(node);
    let s = this.checker.getSymbolAtLocation(node);
    if (s && s.flags & this.ts.SymbolFlags.Alias) s = this.checker.getAliasedSymbol(s);
    this.symbols.set(node, s);
    return s;
  }

  /**
   * Whether a value of the node's type can carry anything a rule tracks; memoised per node. A value
   * whose type cannot hold a reference (a primitive, a literal, an enum, a union of those) is a
   * copy, whatever it was read from; so is a model handle.
   */
  carriesValue(node: ts.Node): boolean {
    let carries = this.carries.get(node);
    if (carries === undefined) {
      carries = this.typeCarries(this.checker.getTypeAtLocation(node));
      this.carries.set(node, carries);
    }
    return carries;
  }

  /**
   * Whether a part of a value of the node's type (a property, an element, an index signature's
   * value) can carry anything: what a spread `{ ...x }`, `Object.values(x)` or a `for…of` copies
   * out of it. Memoised per node.
   */
  partsCarry(node: ts.Node): boolean {
    let carries = this.partCarries.get(node);
    if (carries === undefined) {
      carries = this.typePartsCarry(this.checker.getTypeAtLocation(node));
      this.partCarries.set(node, carries);
    }
    return carries;
  }

  /** Whether the node's type is a primitive (or a literal, an enum, a union of those): its value is a copy of anything. */
  isCopy(node: ts.Node): boolean {
    let copy = this.copies.get(node);
    if (copy === undefined) this.copies.set(node, (copy = this.isPrimitive(this.checker.getTypeAtLocation(node))));
    return copy;
  }

  /** Whether a value of `type` can carry anything a rule tracks (see `carriesValue`). */
  typeCarries(type: ts.Type): boolean {
    if (this.isPrimitive(type)) return false;
    if (type.flags & this.ts.TypeFlags.Any) return true;
    if (this.typeNameOf(type) !== undefined) {
      const scope = this.scopeOfType(type);
      return scope !== undefined && scope !== 'device';
    }
    return true;
  }

  private typePartsCarry(type: ts.Type): boolean {
    const f = this.ts.TypeFlags;
    if (this.isPrimitive(type)) return false;
    if (type.flags & (f.Any | f.Unknown | f.TypeParameter | f.NonPrimitive)) return true;
    if (type.isUnionOrIntersection()) return type.types.some((t) => this.typePartsCarry(t));
    if (this.typeNameOf(type) !== undefined) return this.typeCarries(type);
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      return this.checker.getTypeArguments(type as ts.TypeReference).some((t) => this.typeCarries(t));
    }
    if (this.checker.getIndexInfosOfType(type).some((info) => this.typeCarries(info.type))) return true;
    const properties = this.checker.getPropertiesOfType(type);
    // A type with very many members is not worth walking: taken to carry.
    if (properties.length > 64) return true;
    return properties.some((p) => this.typeCarries(this.checker.getTypeOfSymbol(p)));
  }

  /** The spec name of a type (unions: of its first model member). */
  typeNameOf(type: ts.Type): string | undefined {
    if (type.isUnion()) {
      for (const t of type.types) {
        const n = this.typeNameOf(t);
        if (n) return n;
      }
      return undefined;
    }
    const symbol = type.aliasSymbol && !type.getSymbol() ? type.aliasSymbol : type.getSymbol();
    for (const d of symbol?.declarations ?? []) {
      const n = this.model.typeName(d);
      if (n) return n;
    }
    return undefined;
  }

  /**
   * The scope a value of `type` has by its type alone: model types by the spec (devices by their
   * context argument), unions by their shortest member, arrays by their elements. `undefined`
   * for types that carry no scope.
   */
  scopeOfType(type: ts.Type): Scope | undefined {
    const cached = this.typeScopes.get(type);
    if (cached !== undefined) return cached ?? undefined;
    this.typeScopes.set(type, null);
    const scope = this.computeScope(type);
    this.typeScopes.set(type, scope ?? null);
    return scope;
  }

  private computeScope(type: ts.Type): Scope | undefined {
    if (type.isUnionOrIntersection()) {
      let out: Scope | undefined;
      for (const t of type.types) {
        const s = this.scopeOfType(t);
        if (s) out = out ? shorterScope(out, s) : s;
      }
      return out;
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      let out: Scope | undefined;
      for (const t of this.checker.getTypeArguments(type as ts.TypeReference)) {
        const s = this.scopeOfType(t);
        if (s) out = out ? shorterScope(out, s) : s;
      }
      return out;
    }
    const name = this.typeNameOf(type);
    const spec = name ? this.scopedTypeSpecs.get(name) : undefined;
    if (!spec) return undefined;
    if (spec.scope) return spec.scope;
    if (spec.contextParameter === undefined) return spec.defaultScope;
    const arg = this.typeArgument(type, spec.contextParameter);
    return (arg && this.contextScopeOf(arg)) ?? spec.defaultScope;
  }

  typeArgument(type: ts.Type, index: number): ts.Type | undefined {
    if (!(type.flags & this.ts.TypeFlags.Object)) return undefined;
    if (!((type as ts.ObjectType).objectFlags & this.ts.ObjectFlags.Reference)) return undefined;
    return this.checker.getTypeArguments(type as ts.TypeReference)[index];
  }

  /** The scope a context marker type gives (type parameters by their constraint). */
  contextScopeOf(type: ts.Type): Scope | undefined {
    if (type.flags & this.ts.TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.contextScopeOf(constraint) : undefined;
    }
    if (type.isUnion()) {
      let out: Scope | undefined;
      for (const t of type.types) {
        const s = this.contextScopeOf(t);
        if (s) out = out ? shorterScope(out, s) : s;
      }
      return out;
    }
    for (const d of type.getSymbol()?.declarations ?? []) {
      const s = this.model.contextScope(d);
      if (s) return s;
    }
    return undefined;
  }

  /** The spec name of the context argument at `index` of `type` (`'drm.Uninit'`). */
  contextNameOf(type: ts.Type, index: number): string | undefined {
    const arg = this.typeArgument(type, index);
    for (const d of arg?.getSymbol()?.declarations ?? []) {
      const n = this.model.contextName(d);
      if (n) return n;
    }
    return undefined;
  }

  isPrimitive(type: ts.Type): boolean {
    const f = this.ts.TypeFlags;
    const primitive =
      f.StringLike | f.NumberLike | f.BooleanLike | f.BigIntLike | f.EnumLike | f.Undefined | f.Null | f.Void | f.Never | f.ESSymbolLike;
    if (type.isUnion()) return type.types.every((t) => this.isPrimitive(t));
    // A branded primitive (`number & { __brand: 'Id' }`) is still a primitive at run time.
    if (type.isIntersection()) return type.types.some((t) => this.isPrimitive(t));
    return (type.flags & primitive) !== 0;
  }

  /** A declaration in the model's own package (whose bodies are never summarised). */
  isModelDeclaration(node: ts.Node): boolean {
    return this.model.isPackageFile(node.getSourceFile().fileName);
  }

  /** A declaration whose body the engine does not analyse: lib, `.d.ts`, external packages. */
  isExternalDeclaration(node: ts.Node): boolean {
    const sf = node.getSourceFile();
    return (
      sf.isDeclarationFile ||
      this.program.isSourceFileFromExternalLibrary(sf) ||
      this.program.isSourceFileDefaultLibrary(sf)
    );
  }

  /**
   * Whether a declaration carries the unsafe JSDoc tag. Read from the comment text, so it holds
   * whether or not the parser built JSDoc nodes (typescript-eslint's `jsDocParsingMode`).
   */
  isUnsafeDeclaration(node: ts.Node): boolean {
    // A variable's JSDoc stands in front of its statement (`/** … */ export const f = (…) => …`).
    const tsm = this.ts;
    if (tsm.isVariableDeclaration(node) && tsm.isVariableDeclarationList(node.parent) && tsm.isVariableStatement(node.parent.parent)) {
      return this.isUnsafeDeclaration(node.parent.parent);
    }
    const sf = node.getSourceFile();
    const tag = this.unsafeTagPattern;
    const ranges = this.ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
    return ranges.some((r) => r.kind === this.ts.SyntaxKind.MultiLineCommentTrivia && sf.text.startsWith('/**', r.pos) && tag.test(sf.text.slice(r.pos, r.end)));
  }
}

