import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { Interpreter } from './interpreter.js';
import { propertyValues } from './properties.js';
import type { AbstractValue } from './values.js';

/** Binds a declaration name (identifier or destructuring pattern) to the values it receives. */
export function bindPattern(it: Interpreter, name: ts.BindingName, values: AbstractValue[]): void {
  const tsm = it.ts;
  if (tsm.isIdentifier(name)) {
    it.bindIdentifier(name, values);
    return;
  }
  if (tsm.isObjectBindingPattern(name)) {
    for (const element of name.elements) {
      let elementValues: AbstractValue[];
      if (element.dotDotDotToken) {
        elementValues = values.length > 0 ? propertyValues(it, values, undefined, element) : [];
      } else {
        const key = propertyKey(tsm, element.propertyName ?? element.name);
        elementValues = values.length > 0 ? propertyValues(it, values, key, element) : [];
      }
      if (element.initializer) elementValues = [...elementValues, ...it.eval(element.initializer)];
      bindPattern(it, element.name, elementValues);
    }
    return;
  }
  const elements = values.length > 0 ? it.elementsOf(values) : [];
  for (const element of name.elements) {
    if (tsm.isOmittedExpression(element)) continue;
    let elementValues = [...elements];
    if (element.initializer) elementValues = [...elementValues, ...it.eval(element.initializer)];
    bindPattern(it, element.name, elementValues);
  }
}

/** The static key of a property name, `*` when it is computed. */
export function propertyKey(tsm: TsModule, name: ts.Node): string {
  if (tsm.isIdentifier(name) || tsm.isPrivateIdentifier(name)) return name.text;
  if (tsm.isStringLiteral(name) || tsm.isNumericLiteral(name) || tsm.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return '*';
}
