import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { Interpreter } from './interpreter.js';
import { propertyValues, typedSource } from './properties.js';
import { positionIndex, restFromPosition, valuesAtPosition } from './iteration.js';
import { addContent, createValue, union, type AbstractValue } from './values.js';
import { keptByPlace } from './value-kinds.js';
import { noteUses } from './uses.js';

/** Binds a declaration name (identifier or destructuring pattern) to the values it receives. */
export function bindPattern(it: Interpreter, name: ts.BindingName, values: AbstractValue[]): void {
  const tsm = it.ts;
  if (tsm.isIdentifier(name)) {
    it.bindIdentifier(name, keptByPlace(it.ctx, name, values));
    return;
  }
  if (tsm.isObjectBindingPattern(name)) {
    for (const element of name.elements) {
      let elementValues: AbstractValue[];
      if (element.dotDotDotToken) {
        elementValues = values.length > 0 ? [restObject(it, name, values, element)] : [];
      } else {
        const key = propertyKey(tsm, element.propertyName ?? element.name);
        // Nothing followed holds the object: a field it takes out is still a place (`const { reg } = data`), as `data.reg` is.
        const typed = values.length > 0 ? undefined : typedSource(it, element);
        elementValues = values.length > 0 ? keyValues(it, values, key, element) : typed ? [typed] : [];
      }
      if (element.initializer) elementValues = [...elementValues, ...it.eval(element.initializer)];
      readByPattern(it, element, elementValues);
      bindPattern(it, element.name, elementValues);
    }
    return;
  }
  name.elements.forEach((element, index) => {
    if (tsm.isOmittedExpression(element)) return;
    let elementValues = values.length > 0 ? elementValuesAt(it, values, index, element.dotDotDotToken ? element : undefined) : [];
    if (element.initializer) elementValues = [...elementValues, ...it.eval(element.initializer)];
    readByPattern(it, element, elementValues);
    bindPattern(it, element.name, elementValues);
  });
}

/**
 * A nested pattern reads the value it destructures (`const { udev: { name } } = bundle` reads
 * `bundle.udev`, then its `name`): that is a use of the value, as `bundle.udev.name` is. An
 * element bound to a name is not read (reading the name later is).
 */
function readByPattern(it: Interpreter, element: ts.BindingElement, values: readonly AbstractValue[]): void {
  if (values.length > 0 && !it.ts.isIdentifier(element.name)) noteUses(it, values, element);
}

/**
 * What the element at `index` of an array pattern gets (the rest, from `index` on, when `rest` is
 * its node): what is at that position of a container whose positions are known (iteration.ts),
 * any element of another.
 */
export function elementValuesAt(it: Interpreter, values: readonly AbstractValue[], index: number, rest?: ts.Node): AbstractValue[] {
  const { values: known, unknown } = rest ? restFromPosition(values, index, rest) : valuesAtPosition(values, index);
  if (unknown.length === 0) return known;
  if (rest) return [...known, restArray(it, unknown, rest)];
  // A model object is not iterable: read at a position, it stands for an entry the model keeps as
  // its parts (a Map holds its entries `[key, value]` as their keys and values, so iterating it
  // yields them), and any part of that entry may be the object itself.
  const entryParts = unknown.filter((v) => entryPartKinds.has(v.kind));
  return union(known, it.elementsOf(unknown), entryParts);
}

/**
 * The object a rest element `{ a, ...rest }` makes: a new object (changing it changes nothing it
 * was taken from) holding the values of the properties the pattern does not name, under their
 * keys: what an object made here holds there, any part of another (as a spread `{ ...x }` does).
 * A computed key in the pattern may name any property: none is left out then.
 */
function restObject(it: Interpreter, pattern: ts.ObjectBindingPattern, values: readonly AbstractValue[], element: ts.BindingElement): AbstractValue {
  const tsm = it.ts;
  const rest = createValue({ kind: 'fresh', origin: element, description: 'the object of the rest properties' });
  const named = new Set<string>();
  for (const e of pattern.elements) if (e !== element) named.add(propertyKey(tsm, e.propertyName ?? e.name));
  const leftOut = named.has('*') ? new Set<string>() : named;
  for (const v of values) {
    if (v.kind !== 'fresh') continue;
    for (const [key, held] of v.contents) if (!leftOut.has(key)) addContent(rest, key, held);
  }
  const others = values.filter((v) => v.kind !== 'fresh');
  if (others.length > 0) addContent(rest, '*', propertyValues(it, others, undefined, element));
  return rest;
}

/** The array a rest element `[a, ...rest]` makes of containers whose positions are not known: a new array holding any of their elements. */
function restArray(it: Interpreter, containers: readonly AbstractValue[], origin: ts.Node): AbstractValue {
  const rest = createValue({ kind: 'fresh', origin, description: 'the array of the rest elements' });
  addContent(rest, '*', it.elementsOf(containers));
  return rest;
}

/** Kinds of values that are never containers (the model's devices and registrations). */
const entryPartKinds: ReadonlySet<AbstractValue['kind']> = new Set(['unregistered', 'registration', 'registeredDevice']);

/** What property `key` of `values` gives; an index of a container whose positions are known gives what is there. */
function keyValues(it: Interpreter, values: readonly AbstractValue[], key: string, node: ts.Node): AbstractValue[] {
  const index = positionIndex(key);
  if (index === undefined) return propertyValues(it, values, key, node);
  const { values: known, unknown } = valuesAtPosition(values, index);
  return unknown.length > 0 ? union(known, propertyValues(it, unknown, key, node)) : known;
}

/** The static key of a property name, `*` when it is computed. */
export function propertyKey(tsm: TsModule, name: ts.Node): string {
  if (tsm.isIdentifier(name) || tsm.isPrivateIdentifier(name)) return name.text;
  if (tsm.isStringLiteral(name) || tsm.isNumericLiteral(name) || tsm.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return '*';
}
