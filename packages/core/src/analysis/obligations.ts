import type { Frame } from './frames.js';
import type { Interpreter } from './interpreter.js';
import type { State } from './state.js';
import { reachableByType } from './value-kinds.js';
import type { AbstractValue } from './values.js';

/**
 * At the end of a frame: every guard taken in it without `using` must be released (or known
 * `undefined`) on every path out, unless it is handed on (returned) or already reported as
 * escaping; every registration created in a root frame must be owned (returned as or inside the
 * driver data, stored in an object that outlives the frame, given to an owner) or dropped.
 */
export function checkFrameObligations(it: Interpreter, frame: Frame): void {
  // Only values whose type can hold a reference hand anything on (`[...byName.keys()]` holds strings).
  if (frame.guards.length === 0 && frame.registrations.length === 0) return;
  const owed = (v: AbstractValue): boolean => frame.guards.includes(v) || frame.registrations.includes(v);
  const returned = new Set(reachableByType(it.ctx, frame.returns, owed).map((r) => r.value));
  for (const guard of frame.guards) {
    if (it.escaped.has(guard.root) || returned.has(guard)) continue;
    // A path out on which the guard was never taken owes nothing.
    const leaks = frame.exits.some((s) => s.isBorn(guard) && !s.releasedAt(guard) && !s.isAbsent(guard));
    if (leaks || frame.exits.length === 0) it.emit({ type: 'notReleased', guard });
  }
  // A registration dropped somewhere is judged per path, as a guard's release: it is owed on a
  // normal exit where it was created and not dropped since; a `throw` owes nothing (the model
  // cleans up after it). One whose creation is not tracked on paths counts as dropped.
  const normalExits = frame.exits.filter((s) => !s.threw);
  // What each normal exit hands on (its `return`'s values; the end of the body returns nothing).
  const handedOn = new Map<State, ReadonlySet<AbstractValue>>();
  const returnedAt = (s: State): ReadonlySet<AbstractValue> => {
    let out = handedOn.get(s);
    if (!out) handedOn.set(s, (out = new Set(s.returned ? reachableByType(it.ctx, s.returned, owed).map((r) => r.value) : [])));
    return out;
  };
  // Pending there, and not known absent (`return reg ? { reg } : {}`: where `reg` is `undefined` it was never made).
  const owes = (s: State, registration: AbstractValue): boolean => s.isPending(registration) && !s.isAbsent(registration);
  for (const registration of frame.registrations) {
    if (it.accountedRegistrations.has(registration)) continue;
    if (returned.has(registration)) {
      // Returned on some exit: owned there, and owed on every other normal exit that reaches it
      // still pending (an early `return` without it, the other branch of `c ? { reg } : {}`).
      if (!normalExits.some((s) => owes(s, registration) && !returnedAt(s).has(registration))) continue;
    } else if (it.droppedRegistrations.has(registration) && !normalExits.some((s) => owes(s, registration))) continue;
    const through = registration.through ?? [];
    if (it.mode === 'summary') {
      it.leakedRegistrations.push({ node: registration.origin, through });
    } else if (frame.setup.role === 'probe') {
      // Registrations die with the binding: one made by probe (or a helper it calls) must be owned.
      it.emit({ type: 'leakedRegistration', registration, at: registration.origin, through });
    }
  }
}
