import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { createValue, type AbstractValue } from './values.js';

/**
 * The registration a variable holds when nothing the engine followed flows into it (a destructured
 * parameter, `const [reg] = regs`, a value from code it cannot see): every read of the variable in
 * the current root denotes the same registration, so a drop through one read (or a test of its
 * `dropped` flag) is seen by the next. Like a registration read from a field, it is not an
 * obligation of the function that reads it. `undefined` for a variable declared in another file.
 */
export function variablePlace(
  it: Interpreter,
  id: ts.Identifier,
  registration: { readonly label: string; readonly type: string },
): AbstractValue | undefined {
  const decl = it.ctx.symbolAt(id)?.valueDeclaration;
  if (!decl || decl.getSourceFile() !== id.getSourceFile()) return undefined;
  const key = `variable@${decl.pos}:${id.text}`;
  let value = it.places.get(key);
  if (!value) {
    value = createValue({ kind: 'registration', origin: decl, description: `\`${id.text}\``, label: registration.label, modelType: registration.type });
    it.places.set(key, value);
    it.accountedRegistrations.add(value);
  }
  return value;
}
