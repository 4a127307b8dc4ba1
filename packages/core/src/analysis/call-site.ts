import type * as ts from 'typescript';
import type { AnalysisEvent } from './events.js';
import { within, type Interpreter } from './interpreter.js';
import { createValue, type AbstractValue } from './values.js';

const message = 'here, in the function this call runs';

/**
 * Runs `evaluate`, a call whose callee's body is interpreted for this caller (a curried
 * `keepIn(seen)(k, v)`, a factory `makeSpawner(dev)`, the closure a factory returned), and reports at
 * `call` what that body does outside the function being analysed: the caller made it happen there,
 * and the body's own location becomes a related location, as for a call judged by its summary. A
 * registration the body creates and returns is likewise the call's (as `applySummary` mirrors it).
 */
export function reportedAtCall(it: Interpreter, call: ts.CallExpression, evaluate: () => AbstractValue[]): AbstractValue[] {
  const entry = it.frames[0];
  if (!entry) return evaluate();
  const before = it.events.length;
  const registrationsBefore = entry.registrations.length;
  const result = evaluate();
  const caller = entry.fn;
  for (let i = before; i < it.events.length; i++) {
    const e = it.events[i];
    if (e) it.events[i] = resited(e, call, caller);
  }
  const made = entry.registrations.slice(registrationsBefore);
  return result.map((r) => {
    if (r.kind !== 'registration' || !made.includes(r) || within(r.origin, caller)) return r;
    const mirrored = createValue({
      kind: 'registration',
      origin: call,
      description: `${r.description} (by the call here)`,
      ...(r.label ? { label: r.label } : {}),
      ...(r.modelType ? { modelType: r.modelType } : {}),
      through: [{ node: r.origin, message: `the registration is created ${message}` }, ...(r.through ?? [])],
    });
    entry.registrations.splice(entry.registrations.indexOf(r), 1, mirrored);
    if (it.accountedRegistrations.has(r) || it.droppedRegistrations.has(r)) it.accountedRegistrations.add(mirrored);
    return mirrored;
  });
}

function resited(e: AnalysisEvent, call: ts.CallExpression, caller: ts.Node): AnalysisEvent {
  if (e.type === 'escape' && !within(e.sink, caller)) {
    return { ...e, sink: call, through: [{ node: e.sink, message: `it escapes ${message}` }, ...e.through] };
  }
  if ((e.type === 'mutation' || e.type === 'leakedRegistration') && !within(e.at, caller)) {
    return { ...e, at: call, through: [{ node: e.at, message }, ...e.through] };
  }
  return e;
}
