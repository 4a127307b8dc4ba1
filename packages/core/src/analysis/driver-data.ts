import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { isScoped, type AbstractValue } from './values.js';
import { constructorPlaces } from './ownership.js';

/**
 * What `probe` returns is the driver data: it lives for the binding, so binding-scoped values may
 * live in it, and so may the `Device<Core>` probe was given once it is widened to `Device<Bound>`.
 * Two places keep the `Core` context past the callback: a field whose declared type is a `Core`
 * device, and a function that captured the device (its type inside is still `Core`).
 *
 * The declared type of a place in the data is the type the driver declares for its data (probe's
 * declared or contextual return type: the `T` of `pci.Driver<T>`), followed along the path of
 * properties from the returned value to the place, never the type the expressions building it
 * happen to infer. So the data may be built in any way (a literal, `Object.assign` into a literal
 * or from one, a spread, nested objects, a variable filled in and returned later, a constructor):
 * what matters is which field of `T` the value ends up in. Where the path loses the key (a value
 * stored under an unknown key), the place is not judged; where the driver declares no type for
 * its data, each literal's own contextual field types are.
 */
export function checkDriverData(it: Interpreter, returned: readonly AbstractValue[], node: ts.Node): void {
  const data = declaredDataType(it, node);
  const judged = new Map<AbstractValue, boolean>();
  const stack: Place[] = returned.map((value) => ({ value, types: data ? [data] : undefined, holderTypes: undefined, holders: [], path: '' }));
  while (stack.length > 0) {
    const place = stack.pop();
    if (!place) break;
    const { value, types, holders } = place;
    const before = judged.get(value);
    // A value reached again is looked at again only if this path knows the place's declared type.
    if (before === true || (before === false && types === undefined)) continue;
    judged.set(value, types !== undefined);
    if (before === undefined || types !== undefined) checkPlace(it, place, data !== undefined, node);
    for (const [key, slot] of value.contents) {
      for (const inner of slot) {
        stack.push({
          value: inner,
          types: value.kind === 'fresh' && types ? partTypes(it, value, types, key, inner) : undefined,
          holderTypes: types,
          holders: [...holders, value],
          path: key !== '*' ? (place.path ? `${place.path}.${key}` : key) : mergedInto(it, value, inner) ? place.path : `${place.path}[]`,
        });
      }
    }
  }
}

/** A value reached from the driver data: the declared types of its place (if known), its holders and the path to it. */
interface Place {
  readonly value: AbstractValue;
  readonly types: readonly ts.Type[] | undefined;
  readonly holderTypes: readonly ts.Type[] | undefined;
  readonly holders: readonly AbstractValue[];
  readonly path: string;
}

function checkPlace(it: Interpreter, place: Place, declared: boolean, returnNode: ts.Node): void {
  const tsm = it.ts;
  const { value, holders, types } = place;
  if (value.scope !== 'callback' || !isScoped(value)) return;
  const holder = holders[holders.length - 1];
  if (holder?.kind === 'closure') {
    it.escape(value, holder.origin, 'it is captured by a function kept in the driver data, which outlives the callback', holders.slice(0, -1), [], true);
    return;
  }
  if (holder?.kind === 'fresh' && tsm.isNewExpression(holder.origin)) {
    checkConstructedData(it, value, holder.origin, holders, place.holderTypes);
    return;
  }
  if (!holder || holder.kind !== 'fresh') return;
  const key = place.path.slice(place.path.lastIndexOf('.') + 1);
  const property = tsm.isObjectLiteralExpression(holder.origin)
    ? holder.origin.properties.find((p) => p.name && (tsm.isIdentifier(p.name) || tsm.isStringLiteral(p.name)) && p.name.text === key)
    : undefined;
  let keepsCore: boolean;
  if (declared) {
    keepsCore = types !== undefined && types.some((t) => it.ctx.scopeOfType(t) === 'callback');
  } else {
    // No declared data type: the literal's own contextual field type is all there is.
    const initializer = property && (tsm.isPropertyAssignment(property) ? property.initializer : tsm.isShorthandPropertyAssignment(property) ? property.name : undefined);
    const contextual = initializer && it.ctx.checker.getContextualType(initializer as ts.Expression);
    keepsCore = contextual !== undefined && it.ctx.scopeOfType(contextual) === 'callback';
  }
  if (!keepsCore) return;
  const field = place.path.endsWith('[]') ? `an element of \`${place.path.slice(0, -2)}\`` : `\`${place.path}\``;
  it.escape(value, property ?? returnNode, `it is stored in ${field}, a field of the driver data declared with the \`Core\` context, which outlives the callback`, holders, [], true);
}

/**
 * The declared type of the driver data at a `return` of `probe` (or its expression body): the
 * return type its signature is given by the driver's type or an annotation; for a method of a
 * class driver without one, the return type of that method in the interfaces the class implements.
 */
function declaredDataType(it: Interpreter, node: ts.Node): ts.Type | undefined {
  const tsm = it.ts;
  const checker = it.ctx.checker;
  const expr = tsm.isReturnStatement(node) ? node.expression : tsm.isExpression(node) ? node : undefined;
  const contextual = expr && checker.getContextualType(expr);
  if (contextual) return contextual;
  const fn = it.frame.fn;
  if (!tsm.isMethodDeclaration(fn) || !tsm.isClassLike(fn.parent) || !tsm.isIdentifier(fn.name)) return undefined;
  for (const clause of fn.parent.heritageClauses ?? []) {
    for (const t of clause.types) {
      const member = checker.getTypeAtLocation(t).getProperty(fn.name.text);
      const signature = member && checker.getSignaturesOfType(checker.getTypeOfSymbol(member), tsm.SignatureKind.Call)[0];
      if (signature) return signature.getReturnType();
    }
  }
  return undefined;
}

/** Whether `inner`, under an unknown key of `container`, is an object literal merged into it (`Object.assign(container, inner)`). */
function mergedInto(it: Interpreter, container: AbstractValue, inner: AbstractValue): boolean {
  const tsm = it.ts;
  return inner.kind === 'fresh' && tsm.isObjectLiteralExpression(inner.origin) && !tsm.isArrayLiteralExpression(container.origin);
}

/**
 * The declared types of the place `key` of a container whose own place is declared `types`: a
 * property's declared type (or the index signature that holds it); for an unknown key, an
 * element's type in an array, the container's own type for an object merged into it
 * (`Object.assign`), or an index signature. `undefined`: the key is lost, the place unknown.
 */
function partTypes(it: Interpreter, container: AbstractValue, types: readonly ts.Type[], key: string, inner: AbstractValue): readonly ts.Type[] | undefined {
  const tsm = it.ts;
  const checker = it.ctx.checker;
  const out: ts.Type[] = [];
  const add = (t: ts.Type | undefined): void => {
    if (t && !out.includes(t)) out.push(t);
  };
  const members = types.flatMap((t) => (t.isUnion() ? t.types : [t])).filter((t) => !(t.flags & (tsm.TypeFlags.Undefined | tsm.TypeFlags.Null)));
  if (key !== '*') {
    for (const t of members) {
      const property = checker.getApparentType(t).getProperty(key);
      add(property ? checker.getTypeOfSymbol(property) : t.getStringIndexType());
    }
  } else if (mergedInto(it, container, inner) && !members.some((t) => checker.isArrayType(t) || checker.isTupleType(t))) {
    return members;
  } else if (tsm.isArrayLiteralExpression(container.origin) || members.some((t) => checker.isArrayType(t) || checker.isTupleType(t))) {
    for (const t of members) add(t.getNumberIndexType());
  } else {
    for (const t of members) add(t.getStringIndexType());
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Driver data built by a constructor: the places are the fields its constructor keeps its
 * parameters in (parameter properties, `this.x = p`), declared as the data's type declares that
 * field (`types`: the declared types of the constructed object's place), or else as the class
 * declares it: a `Device<Core>` passed to a constructor that keeps it in a field declared `Core`
 * outlives the callback.
 */
function checkConstructedData(
  it: Interpreter,
  value: AbstractValue,
  node: ts.NewExpression,
  holders: readonly AbstractValue[],
  types: readonly ts.Type[] | undefined,
): void {
  const tsm = it.ts;
  const ctx = it.ctx;
  const symbol = ctx.symbolAt(tsm.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
  const classDecl = symbol?.declarations?.find((d): d is ts.ClassLikeDeclaration => tsm.isClassDeclaration(d) || tsm.isClassExpression(d));
  const ctor = classDecl?.members.find((m): m is ts.ConstructorDeclaration => tsm.isConstructorDeclaration(m) && m.body !== undefined);
  if (!ctor || ctx.isExternalDeclaration(ctor)) return;
  const fieldName = (place: ts.Node): string =>
    tsm.isPropertyAccessExpression(place) ? place.name.text : (place as ts.ParameterDeclaration).name.getText();
  const declaredCore = (place: ts.Node): boolean => {
    const declared = types && partTypes(it, holders[holders.length - 1] ?? value, types, fieldName(place), value);
    return (declared ?? [ctx.checker.getTypeAtLocation(place)]).some((t) => ctx.scopeOfType(t) === 'callback');
  };
  (node.arguments ?? []).forEach((arg, i) => {
    if (ctx.scopeOfType(ctx.checker.getTypeAtLocation(arg)) !== 'callback') return;
    const place = constructorPlaces(it, ctor, i).find(declaredCore);
    if (!place) return;
    it.escape(value, arg, `it is kept by the constructor in \`${fieldName(place)}\`, a field of the driver data declared with the \`Core\` context, which outlives the callback`, holders, [], true);
  });
}
