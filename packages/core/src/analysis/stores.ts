import type * as ts from 'typescript';
import { within, type Interpreter } from './interpreter.js';
import { elementValuesAt, propertyKey } from './bindings.js';
import { propertyValues } from './properties.js';
import { isDriverClassMember } from './roots.js';
import { scopeOrder } from '../model/spec.js';
import { reportMutation } from './mutation.js';
import { placeRoot, skipWrappers } from './access-paths.js';
import { heldByLocal } from './ownership.js';
import { getSummary } from './summary.js';
import type { Location } from './locations.js';
import { addContent, isTracked, mayBeTracked, reachable, throughRegistration, type AbstractValue } from './values.js';
import { keptByPlace, keptByValueType, reachableByType } from './value-kinds.js';

/** Assigns `values` to an assignment target (variable, property, element, destructuring pattern). */
export function assignTarget(it: Interpreter, target: ts.Node, values: AbstractValue[], node: ts.Node): void {
  const tsm = it.ts;
  const t = tsm.isExpression(target) ? skipWrappers(tsm, target) : target;
  if (tsm.isIdentifier(t)) return assignVariable(it, t, keptByPlace(it.ctx, t, values), node);
  if (tsm.isPropertyAccessExpression(t) || tsm.isElementAccessExpression(t)) {
    const key = tsm.isPropertyAccessExpression(t)
      ? t.name.text
      : tsm.isStringLiteral(t.argumentExpression) || tsm.isNumericLiteral(t.argumentExpression)
        ? t.argumentExpression.text
        : '*';
    if (tsm.isElementAccessExpression(t)) it.eval(t.argumentExpression);
    const bases = it.eval(t.expression);
    reportMutation(it, bases, node, `\`${shorten(node.getText())}\` assigns to it`);
    // A property keeps what its declared type can hold; an element (`names[i] = name`), what the assigned expression's type can.
    const kept = tsm.isPropertyAccessExpression(t)
      ? keptByPlace(it.ctx, t.name, values)
      : tsm.isBinaryExpression(node) && node.left === target
        ? keptByValueType(it.ctx, node.right, values)
        : values;
    storeInto(it, t.expression, bases, key, kept, node, 'stored in', t.getText());
    return;
  }
  if (tsm.isObjectLiteralExpression(t)) {
    for (const p of t.properties) {
      if (tsm.isShorthandPropertyAssignment(p)) {
        assignVariable(it, p.name, values.length ? propertyValues(it, values, p.name.text, p.name) : [], node);
      } else if (tsm.isPropertyAssignment(p)) {
        const key = propertyKey(tsm, p.name);
        assignTarget(it, p.initializer, values.length ? propertyValues(it, values, key, p.initializer) : [], node);
      } else if (tsm.isSpreadAssignment(p)) {
        assignTarget(it, p.expression, values.length ? propertyValues(it, values, undefined, p.expression) : [], node);
      }
    }
    return;
  }
  if (tsm.isArrayLiteralExpression(t)) {
    // Each target gets what is at its position (bindings.ts).
    t.elements.forEach((e, i) => {
      if (tsm.isOmittedExpression(e)) return;
      const at = values.length ? elementValuesAt(it, values, i, tsm.isSpreadElement(e) ? e : undefined) : [];
      assignTarget(it, tsm.isSpreadElement(e) ? e.expression : e, at, node);
    });
  }
}

function assignVariable(it: Interpreter, id: ts.Identifier, values: AbstractValue[], node: ts.Node): void {
  if (values.length === 0 && !it.boundNames.has(id.text)) return;
  const symbol = it.ctx.checker.getSymbolAtLocation(id);
  if (!symbol) return;
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const bound = it.lookup(symbol) !== undefined;
  if (bound) {
    if (declaration && within(declaration, it.frame.fn)) it.state.set(symbol, [...values]);
    else it.state.add(symbol, values);
  }
  if (values.length === 0) return;
  const global = !declaration || isModuleLevel(it, declaration);
  if (!bound && !global && declaration && it.frames.some((f) => within(declaration, f.fn))) {
    it.noteBinding(id.text, symbol);
    it.state.set(symbol, [...values]);
  }
  checkStore(it, values, node, { kind: 'variable', name: id.text, declaration, global });
  // A module variable given an object made here names that long-lived object for the rest of the
  // function (`if (!instance) instance = new Pool(); return instance;`): nothing else it holds is followed.
  if (global && !bound) {
    const kept = values.filter((v) => it.longLived.has(v));
    if (kept.length > 0) {
      it.noteBinding(id.text, symbol);
      it.state.set(symbol, kept);
    }
  }
}

/**
 * Stores `values` into property `key` of the objects `bases` (the evaluated `base` expression):
 * containers created in the analysed code take them as contents; anything else is checked as a
 * place that may outlive the values.
 */
export function storeInto(
  it: Interpreter,
  base: ts.Expression,
  bases: readonly AbstractValue[],
  key: string,
  values: readonly AbstractValue[],
  node: ts.Node,
  verb: 'stored in' | 'pushed into' | 'added to',
  text: string,
): void {
  for (const b of bases) {
    if (b.kind === 'fresh' || b.kind === 'closure' || b.kind === 'registration') addContent(b, key, values);
  }
  if (values.length === 0) return;
  checkStore(it, values, node, { kind: 'object', text, bases, base, verb });
}

/** Reports every tracked value in `values` (or held by them) that the location outlives. */
function checkStore(it: Interpreter, values: readonly AbstractValue[], sink: ts.Node, location: Location): void {
  // An object made here and kept by a long-lived place (a singleton's `Registry.#instance ??= new
  // Registry()`) is long-lived itself, and so are the objects it holds (its field initialisers'
  // arrays and maps): what is stored into them later outlives everything.
  if (values.some((v) => v.kind === 'fresh') && isLongLived(it, location)) {
    for (const { value } of reachable(values)) if (value.kind === 'fresh') it.longLived.add(value);
  }
  for (const { value, holders } of reachableByType(it.ctx, values, (v) => v.kind === 'registration' || mayBeTracked(v, it.mode))) {
    if (value.kind === 'registration') {
      // Kept in an object that outlives it, it is owned; kept only by something long-lived, it
      // leaks; kept in a container made here, it is owned if that container is (ownership.ts).
      if (!isLongLived(it, location) && !heldByLocal(it, location)) it.accountedRegistrations.add(value);
      if (it.mode === 'summary' && location.kind === 'object') {
        // Kept in a parameter's object: the caller's argument owns it (summary-build.ts, `storedIn`).
        const path = propertyPath(it, location.base);
        for (const b of location.bases) if (b.kind === 'param' && b.paramIndex !== undefined) it.paramRegistrations.push({ registration: value, param: b.paramIndex, path, node: sink });
      }
      continue;
    }
    if (!isTracked(value, it.mode) || throughRegistration(holders)) continue;
    const verdict = outlives(it, location, value);
    if (verdict === 'inside' || verdict === 'flow') continue;
    it.escape(value, sink, describe(location), holders, [], holders.some((h) => h.kind === 'closure') || undefined);
  }
}

type Verdict = 'inside' | 'outside' | 'flow';

function outlives(it: Interpreter, location: Location, value: AbstractValue): Verdict {
  const region = value.kind === 'param' ? summarisedFunction(it) : value.region;
  if (location.kind === 'variable') {
    if (location.global || !location.declaration) return 'outside';
    return region && within(location.declaration, region) ? 'inside' : 'outside';
  }
  if (location.bases.length > 0) {
    let verdict: Verdict = 'inside';
    for (const b of location.bases) {
      const v = baseVerdict(it, b, value, region);
      if (v === 'outside') return 'outside';
      if (v === 'flow') verdict = 'flow';
    }
    // In a summary, a store through a path that starts at a parameter (`this.#devices.push(p)`,
    // `this.map.set(k, p)`, where the field's declared type makes its read a value of its own) is
    // a store into that parameter: at a call, into the receiver or argument (summary-apply.ts).
    const owners = value.kind === 'param' && it.mode === 'summary' ? paramsAtRoot(it, location.base, location.bases) : [];
    if (owners.length > 0 && verdict === 'inside') verdict = 'flow';
    if (verdict === 'flow' && value.kind === 'param') {
      for (const b of [...location.bases, ...owners]) {
        if (b.kind === 'param' && b.paramIndex !== undefined && value.paramIndex !== undefined) {
          it.flows.push({ from: value.paramIndex, to: b.paramIndex, node: location.base });
        }
      }
    }
    return verdict;
  }
  return syntacticVerdict(it, location.base, value, region);
}

/** The parameters (or `this`) an access path `base` starts at, when its own values are not them. */
function paramsAtRoot(it: Interpreter, base: ts.Expression, bases: readonly AbstractValue[]): AbstractValue[] {
  const tsm = it.ts;
  const root = placeRoot(tsm, base, (id) => declarationOf(it, id));
  if (root === base) return [];
  let values: readonly AbstractValue[] | undefined;
  if (root.kind === tsm.SyntaxKind.ThisKeyword) {
    const frame = it.thisFrame();
    values = frame && it.lookup(frame.thisKey);
  } else if (tsm.isIdentifier(root) && it.boundNames.has(root.text)) {
    const symbol = it.ctx.checker.getSymbolAtLocation(root);
    values = symbol && it.lookup(symbol);
  }
  return (values ?? []).filter((v) => v.kind === 'param' && v.paramIndex !== undefined && !bases.includes(v));
}

function baseVerdict(it: Interpreter, b: AbstractValue, value: AbstractValue, region: ts.Node | undefined): Verdict {
  switch (b.kind) {
    case 'fresh':
    case 'closure':
      return region && within(b.origin, region) && !it.longLived.has(b) ? 'inside' : 'outside';
    case 'param':
      return it.mode === 'summary' ? 'flow' : 'outside';
    case 'registration':
      return value.scope === 'binding' || value.kind === 'param' ? 'inside' : 'outside';
    case 'external':
      return 'outside';
    case 'scoped':
    case 'guard':
    case 'driverData': {
      // An array of scoped values read from a field (`info.instances: Device<Core>[]`) is not a
      // scoped value itself: it lives where the field's holder lives, so a store into it is judged
      // by the place it was read from.
      if (b.kind === 'scoped' && isArrayRead(it, b)) return syntacticVerdict(it, b.origin as ts.Expression, value, region);
      if (value.kind === 'param') return it.mode === 'summary' ? 'inside' : 'outside';
      const mine = value.scope ?? 'device';
      const theirs = b.scope ?? 'device';
      return scopeOrder[theirs] > scopeOrder[mine] ? 'outside' : 'inside';
    }
    default:
      return 'inside';
  }
}

/**
 * A scoped value read from a field whose type is no model type but an array of them (`typedSource`,
 * properties.ts: arrays have their elements' scope). Asked only for a store into a scoped value.
 */
function isArrayRead(it: Interpreter, b: AbstractValue): boolean {
  const tsm = it.ts;
  if (b.modelType !== undefined || !(tsm.isPropertyAccessExpression(b.origin) || tsm.isElementAccessExpression(b.origin))) return false;
  const checker = it.ctx.checker;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(b.origin));
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((t) => checker.isArrayType(t) || checker.isTupleType(t));
}

/** For a base the interpreter knows nothing about: judge by what the expression names. */
function syntacticVerdict(it: Interpreter, base: ts.Expression, value: AbstractValue, region: ts.Node | undefined): Verdict {
  const tsm = it.ts;
  const root = placeRoot(tsm, base, (id) => declarationOf(it, id));
  if (root.kind === tsm.SyntaxKind.ThisKeyword) {
    if (value.scope === 'binding' || value.kind === 'driverData') return isDriverClassMember(it, root) ? 'outside' : 'inside';
    return 'outside';
  }
  if (rootIsLongLived(it, root)) return 'outside';
  if (!tsm.isIdentifier(root)) return 'inside';
  const declaration = declarationOf(it, root);
  if (!declaration) return 'inside';
  if (tsm.isParameter(declaration)) return 'outside';
  if (region && !within(declaration, region)) return 'outside';
  return 'inside';
}

/** The property names from a store's root to its base (`this.children` → `children`); empty past anything else. */
function propertyPath(it: Interpreter, base: ts.Expression): string[] {
  const tsm = it.ts;
  const names: string[] = [];
  let e: ts.Expression = base;
  while (tsm.isPropertyAccessExpression(e)) {
    names.unshift(e.name.text);
    e = e.expression;
  }
  return e.kind === tsm.SyntaxKind.ThisKeyword || tsm.isIdentifier(e) ? names : [];
}

/**
 * Whether the object `expression` names outlives every binding by what it is written as, with
 * nothing followed holding it: a module variable, a class's static field
 * (`Registry.instance`), a global, the driver object, a long-lived call result.
 */
export function namesLongLivedPlace(it: Interpreter, expression: ts.Expression): boolean {
  return isLongLived(it, { kind: 'object', text: expression.getText(), bases: [], base: expression, verb: 'stored in' });
}

/** A module variable, a global, an object the model keeps for the device, or a driver object. */
function isLongLived(it: Interpreter, location: Location): boolean {
  if (location.kind === 'variable') return location.global;
  if (location.bases.some((b) => b.kind === 'external' || it.longLived.has(b))) return true;
  if (location.bases.some((b) => b.kind === 'fresh' || b.kind === 'param' || b.kind === 'driverData' || b.kind === 'scoped')) return false;
  const tsm = it.ts;
  const root = placeRoot(tsm, location.base, (id) => declarationOf(it, id));
  if (root.kind === tsm.SyntaxKind.ThisKeyword) return isDriverClassMember(it, root);
  return rootIsLongLived(it, root);
}

/**
 * Whether the root of an access path (other than `this`) names an object that outlives every
 * binding: a global, a module variable (an imported name is one of its own module: its symbol here
 * is the import), a local naming an object a long-lived place keeps, or a long-lived call result.
 */
function rootIsLongLived(it: Interpreter, root: ts.Expression): boolean {
  const tsm = it.ts;
  if (tsm.isCallExpression(root)) return returnsLongLived(it, root);
  if (!tsm.isIdentifier(root)) return false;
  if (['globalThis', 'window', 'global', 'self'].includes(root.text) || namesLongLived(it, root)) return true;
  const decl = declarationOf(it, root);
  return decl !== undefined && !tsm.isParameter(decl) && isModuleLevel(it, decl);
}

/**
 * Whether a call whose result the interpreter did not follow (nothing tracked went in) returns an
 * object a long-lived place keeps: a user function whose summary says so (a singleton accessor,
 * `Registry.shared()`). Asked only for a store into such a result, so its summary is computed
 * only then.
 */
function returnsLongLived(it: Interpreter, call: ts.CallExpression): boolean {
  const declaration = it.ctx.checker.getResolvedSignature(call)?.declaration;
  if (!declaration || !it.ts.isFunctionLike(declaration) || it.ts.isJSDocSignature(declaration)) return false;
  const fn = declaration as ts.FunctionLikeDeclaration;
  if (!fn.body || it.ctx.isExternalDeclaration(fn)) return false;
  return getSummary(it.ctx, fn, it.semantics).returnsLongLived === true;
}

/** Whether a local name holds an object made here that a long-lived place keeps (`const p = (Pool.current ??= new Pool())`). */
function namesLongLived(it: Interpreter, root: ts.Identifier): boolean {
  if (it.longLived.size === 0 || !it.boundNames.has(root.text)) return false;
  const symbol = it.ctx.checker.getSymbolAtLocation(root);
  return (symbol && it.lookup(symbol))?.some((v) => it.longLived.has(v)) === true;
}

function declarationOf(it: Interpreter, id: ts.Identifier): ts.Node | undefined {
  const symbol = it.ctx.checker.getSymbolAtLocation(id);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

function summarisedFunction(it: Interpreter): ts.Node | undefined {
  return it.frames[0]?.fn;
}

/** A declaration at the top level of its file (a module variable or import). */
function isModuleLevel(it: Interpreter, declaration: ts.Node): boolean {
  const tsm = it.ts;
  let n: ts.Node | undefined = declaration.parent;
  while (n && !tsm.isSourceFile(n)) {
    if (tsm.isFunctionLike(n) || tsm.isClassStaticBlockDeclaration(n)) return false;
    n = n.parent;
  }
  return true;
}

function describe(location: Location): string {
  if (location.kind === 'variable') {
    return location.global
      ? `it is assigned to the module variable \`${location.name}\``
      : `it is assigned to \`${location.name}\`, which is declared outside its scope`;
  }
  return `it is ${location.verb} \`${shorten(location.text)}\``;
}

export function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}
