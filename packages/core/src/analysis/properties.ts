import type * as ts from 'typescript';
import type { Frame } from './frames.js';
import type { Interpreter } from './interpreter.js';
import { createValue, deriveValue, readContent, type AbstractValue } from './values.js';
import { partOfObject } from './ownership.js';

/**
 * What reading property `key` (any property, when undefined) of `bases` gives.
 *
 * - Containers (objects, arrays, closures created in the analysed code) give what was stored.
 * - A guard's section properties (`parent`) give a section value tied to that guard.
 * - A scoped value, the borrowed driver data or a parameter give a value derived from it (same
 *   scope and provenance: "whatever is reached through it"), unless the property's type is
 *   primitive or a model handle type, which carry nothing.
 *
 * `typeNode` is the node whose type is the property's (queried only when a base is tracked).
 */
export function propertyValues(
  it: Interpreter,
  bases: readonly AbstractValue[],
  key: string | undefined,
  typeNode: ts.Node,
): AbstractValue[] {
  const out: AbstractValue[] = [];
  let known: boolean | undefined;
  // Any property (a spread, a rest element) carries only if some part of the value's type can.
  const resultCarries = (): boolean => (known ??= key === undefined ? it.ctx.partsCarry(typeNode) : it.ctx.carriesValue(typeNode));
  for (const base of bases) {
    switch (base.kind) {
      case 'fresh':
      case 'closure': {
        let held = readContent(base, key);
        // A named read that only the unknown-key slot answers (`regs.length`, `map.size`) gives
        // what that slot holds only if its type is not a primitive (value-kinds.ts).
        if (held.length > 0 && key !== undefined && key !== '*' && !base.contents.has(key) && it.ctx.isCopy(typeNode)) held = [];
        for (const v of held) if (!out.includes(v)) out.push(v);
        // An object made by a constructor owns its parts (`controller.signal`): see ownership.ts.
        const part = held.length === 0 && key !== undefined ? partOfObject(it, base, key) : undefined;
        if (part) out.push(part);
        break;
      }
      case 'guard':
        if (key !== undefined && it.ctx.sectionPropertyNames.has(key)) out.push(sectionValueOf(base, key, typeNode));
        break;
      case 'param': {
        // A registration or a device kept in a field is a place (see `placeValue`); a scoped part
        // of a parameter is what the caller handed in, unless the model calls this function back.
        const typed = typedSource(it, typeNode);
        if (typed) {
          if (!out.includes(typed)) out.push(typed);
        } else {
          out.push(deriveValue(base, typeNode, describeDerived(base, key), resultCarries));
        }
        break;
      }
      case 'scoped':
      case 'driverData':
        // Whatever is reached through it has its scope, if its type can carry anything at all;
        // everything the borrowed driver data holds stays linked to it (mutating it mutates the data).
        out.push(deriveValue(base, typeNode, describeDerived(base, key), resultCarries));
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * A property read whose declared type has a scope (`this.pdev: pci.Device<Bound>`, a field holding
 * a `Bar` or a guard) yields a value obtained here, with the scope its type gives. Reads from
 * module variables and globals are uses of a value stored there earlier, not new values; so are
 * reads through a parameter or `this` of a helper or a method (a function the model does not call
 * back): what it reads there is a part of what its caller handed it, which the caller judges.
 * Registrations and devices kept in fields are places either way (`placeValue`).
 */
export function typedSource(it: Interpreter, node: ts.Node): AbstractValue | undefined {
  const tsm = it.ts;
  if (tsm.isBindingElement(node)) return destructuredPlace(it, node);
  if (!tsm.isPropertyAccessExpression(node) && !tsm.isElementAccessExpression(node)) return undefined;
  if (tsm.isPropertyAccessExpression(node) && !it.ctx.scopedProperties.has(node.name.text)) return undefined;
  const root = chainRoot(it, node);
  if (root === undefined) return undefined;
  const ctx = it.ctx;
  const type = ctx.checker.getTypeAtLocation(node);
  const modelType = ctx.typeNameOf(type);
  const place = placeValue(it, node, modelType, placeKey(node));
  if (place) return place;
  const scope = ctx.scopeOfType(type);
  if (!scope || scope === 'device') return undefined;
  // A helper or method reading a part of what its caller handed it (a parameter, its receiver)
  // has obtained nothing: the caller, which knows what it passed, judges where the part goes.
  if (root !== 'local' && !isCalledBackByModel(root)) return undefined;
  const text = node.getText().replace(/\s+/g, ' ');
  return createValue({
    kind: 'scoped',
    origin: node,
    ...(modelType ? { modelType } : {}),
    description: `\`${text.length > 40 ? `${text.slice(0, 37)}...` : text}\` (a \`${ctx.checker.typeToString(ctx.checker.getNonNullableType(type))}\`)`,
    scope,
    rule: scope === 'section' ? 'guard' : 'bound',
    region: scope === 'section' ? it.frame.fn : (it.frames[0]?.fn ?? it.frame.fn),
  });
}

/**
 * A registration or an unregistered device kept in a field (`this.reg`): the same field read
 * twice in one function is the same value, so a drop (or a move) through one read is seen by the
 * next. These are not obligations of the function that reads them. `name`: the spec name of the
 * field's type.
 */
function placeValue(it: Interpreter, node: ts.Node, name: string | undefined, key: string): AbstractValue | undefined {
  const spec = it.ctx.model.spec;
  const registration = spec.registrations.find((r) => r.type === name);
  if (!registration && name !== spec.movableType) return undefined;
  let value = it.places.get(key);
  if (!value) {
    value = registration
      ? createValue({ kind: 'registration', origin: node, description: `\`${key}\``, label: registration.label, modelType: registration.type })
      : createValue({ kind: 'unregistered', origin: node, description: `\`${key}\``, modelType: spec.movableType });
    it.places.set(key, value);
    it.accountedRegistrations.add(value);
  }
  return value;
}

/** The text that names a field read (`data.reg`, `this.#reg`): reads with the same text are one place. */
function placeKey(node: ts.Node): string {
  return node.getText().replace(/\s+/g, '');
}

/**
 * A registration or unregistered device a destructuring takes out of a field (`const { reg } =
 * data`, `const { inner: { reg } } = this`): the place the field read `data.reg` names, so a drop
 * through the destructured name is seen by a later `data.reg` read, and the other way round.
 * Only where the destructured expression is a chain from `this`, a parameter or a local.
 */
function destructuredPlace(it: Interpreter, element: ts.BindingElement): AbstractValue | undefined {
  const tsm = it.ts;
  if (element.dotDotDotToken) return undefined;
  const keys: string[] = [];
  let e: ts.BindingElement = element;
  let source: ts.Expression | undefined;
  for (;;) {
    const name = e.propertyName ?? e.name;
    // A default (`{ reg = other }`) may be what is bound instead of the field.
    if (e.initializer || (!tsm.isIdentifier(name) && !tsm.isPrivateIdentifier(name))) return undefined;
    keys.unshift(name.text);
    const pattern = e.parent;
    if (!tsm.isObjectBindingPattern(pattern)) return undefined;
    const holder = pattern.parent;
    if (tsm.isBindingElement(holder)) {
      e = holder;
      continue;
    }
    if (tsm.isVariableDeclaration(holder)) source = holder.initializer;
    break;
  }
  if (!source) return undefined;
  const field = keys[keys.length - 1];
  if (field === undefined || !it.ctx.scopedProperties.has(field)) return undefined;
  let start: ts.Expression = source;
  while (tsm.isPropertyAccessExpression(start) || tsm.isParenthesizedExpression(start) || tsm.isNonNullExpression(start)) start = start.expression;
  if (start.kind !== tsm.SyntaxKind.ThisKeyword && !tsm.isIdentifier(start)) return undefined;
  if (chainRootOf(it, start) === undefined) return undefined;
  const modelType = it.ctx.typeNameOf(it.ctx.checker.getTypeAtLocation(element.name));
  return placeValue(it, element, modelType, [placeKey(source), ...keys].join('.'));
}

/**
 * Where a property chain starts: `this` or a parameter (the frame of the function they belong to),
 * a local variable (`'local'`); `undefined` for anything else (a module variable, a global, a call).
 */
function chainRoot(it: Interpreter, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): Frame | 'local' | null | undefined {
  return chainRootOf(it, node.expression);
}

/** Where the chain that `expression` is (or starts) begins, as `chainRoot` answers it. */
function chainRootOf(it: Interpreter, expression: ts.Expression): Frame | 'local' | null | undefined {
  const tsm = it.ts;
  let root: ts.Expression = expression;
  while (tsm.isPropertyAccessExpression(root) || tsm.isElementAccessExpression(root) || tsm.isParenthesizedExpression(root) || tsm.isNonNullExpression(root)) {
    root = root.expression;
  }
  if (root.kind === tsm.SyntaxKind.ThisKeyword) return it.thisFrame() ?? null;
  if (!tsm.isIdentifier(root)) return undefined;
  const decl = it.ctx.checker.getSymbolAtLocation(root)?.valueDeclaration;
  if (!decl) return undefined;
  if (tsm.isParameter(decl)) {
    for (let i = it.frames.length - 1; i >= 0; i--) if (it.frames[i]?.fn === decl.parent) return it.frames[i];
    return null;
  }
  return tsm.isVariableDeclaration(decl) && it.frames.some((f) => !tsm.isSourceFile(f.fn) && decl.pos >= f.fn.pos && decl.end <= f.fn.end)
    ? 'local'
    : undefined;
}

/**
 * Whether the frame that owns a parameter or `this` is one the model calls back (a probe, an
 * `unbind`, an ioctl handler, a guarded callback): what such a frame reads of its own parameters
 * is obtained there. `null`: a frame not on the stack, judged as one.
 */
function isCalledBackByModel(frame: Frame | null): boolean {
  return frame === null || frame.setup.role !== undefined || frame.setup.sectionCallee !== undefined;
}

/** The section value a guard hands out through one of its section properties. */
function sectionValueOf(guard: AbstractValue, key: string, node: ts.Node): AbstractValue {
  return createValue({
    kind: 'scoped',
    origin: node,
    description: `the guard's \`${key}\``,
    scope: 'section',
    rule: 'guard',
    ...(guard.region ? { region: guard.region } : {}),
    guard,
  });
}

function describeDerived(base: AbstractValue, key: string | undefined): string {
  if (key === undefined || key === '*') return `a value reached through ${base.description}`;
  return `\`${key}\` of ${base.description}`;
}
