import type * as ts from 'typescript';
import { within, type Interpreter } from './interpreter.js';
import type { Location } from './locations.js';
import { addContent, createValue, type AbstractValue } from './values.js';

/**
 * Ownership by what the data really holds.
 *
 * - A registration put into a container made in the function being interpreted (an array, a
 *   `Map`, an object, an `AbortController`…) is owned only if that container is: returned as or in
 *   the driver data, stored where it outlives the frame, handed to an owner. Kept only in a local
 *   container (and a count or a handle of it returned), it leaks. The decision is taken at the
 *   frame's end (obligations.ts), on what the returned values reach.
 * - An object made here owns its parts: `controller.signal`, `emitter.listeners`, a field a
 *   constructor filled in are parts of it, with its lifetime, and what is stored in them (a
 *   listener, a registration) goes where the object goes.
 *
 * Invariants: a part is made once per object and key (kept in the object's contents), with the
 * object's origin, so its lifetime is judged as the object's.
 */

/**
 * Whether a store puts values into containers made in the current root function (see above), or
 * into a variable declared in it (`let reg; reg = Registration.new(…)`, `reg ||= …`): such a
 * variable holds the value as its declaration's initialiser would, and owns nothing by itself.
 */
export function heldByLocal(it: Interpreter, location: Location): boolean {
  if (location.kind === 'variable') {
    const root = it.frames[0]?.fn;
    return !location.global && location.declaration !== undefined && root !== undefined && within(location.declaration, root);
  }
  return madeHere(it, location.bases);
}

/** Whether `values` are all containers (objects, arrays, closures) made in the current root function (and there is one). */
export function madeHere(it: Interpreter, values: readonly AbstractValue[]): boolean {
  const root = it.frames[0]?.fn;
  if (!root || values.length === 0) return false;
  const sf = root.getSourceFile();
  return values.every(
    (b) => (b.kind === 'fresh' || b.kind === 'closure') && b.origin.getSourceFile() === sf && b.origin.pos >= root.pos && b.origin.end <= root.end,
  );
}

/**
 * The part `key` of an object made here by a constructor or a call (not a literal, whose missing
 * keys hold nothing): made on first read, then the same part every time.
 */
export function partOfObject(it: Interpreter, base: AbstractValue, key: string): AbstractValue | undefined {
  const tsm = it.ts;
  if (base.kind !== 'fresh' || key === '*') return undefined;
  if (tsm.isObjectLiteralExpression(base.origin) || tsm.isArrayLiteralExpression(base.origin)) return undefined;
  if (!tsm.isNewExpression(base.origin) && !tsm.isCallExpression(base.origin)) return undefined;
  const part = createValue({ kind: 'fresh', origin: base.origin, description: `\`${key}\` of ${base.description}` });
  addContent(base, key, [part]);
  // A part of an object a long-lived place keeps is kept as long (stores.ts).
  if (it.longLived.has(base)) it.longLived.add(part);
  return part;
}

/** The declared types of the places a constructor keeps its parameter `index` in (parameter properties, `this.x = p`). */
export function constructorPlaces(it: Interpreter, ctor: ts.ConstructorDeclaration, index: number): ts.Node[] {
  const tsm = it.ts;
  const param = ctor.parameters[index];
  if (!param) return [];
  const places: ts.Node[] = [];
  if (tsm.getModifiers(param)?.length) places.push(param);
  if (!tsm.isIdentifier(param.name) || !ctor.body) return places;
  const name = param.name.text;
  for (const statement of ctor.body.statements) {
    if (!tsm.isExpressionStatement(statement) || !tsm.isBinaryExpression(statement.expression)) continue;
    const { left, right, operatorToken } = statement.expression;
    if (operatorToken.kind !== tsm.SyntaxKind.EqualsToken || !tsm.isIdentifier(right) || right.text !== name) continue;
    if (tsm.isPropertyAccessExpression(left) && left.expression.kind === tsm.SyntaxKind.ThisKeyword) places.push(left);
  }
  return places;
}
