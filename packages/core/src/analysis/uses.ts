import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import { carries, isScoped, type AbstractValue } from './values.js';
import { paramPathOf, type ParamPath } from './field-obligations.js';

/**
 * Checks a read of `values` at `use`: a guard (or a value of its section) read after the guard was
 * released; a value of a callback's section read after an `await` in that callback (the section
 * ended when the callback returned its promise); an unregistered device read after it was moved.
 * Each value is reported at its first such use only.
 */
export function noteUses(it: Interpreter, values: readonly AbstractValue[], read: ts.Node): void {
  const use = it.useSite ?? read;
  for (const v of values) {
    // A plain copy (a number read off the parent, say) is not the guarded value. Asked only once
    // a check would report (the type query is the cost of a read).
    let copy: boolean | undefined;
    const isCopy = (): boolean => (copy ??= !carries(v));
    const guard = v.kind === 'guard' ? v : v.guard;
    if (guard) {
      const released = it.state.releasedAt(guard);
      if (released && !isCopy()) report(it, { type: 'useAfterRelease', value: v, use, after: released });
    }
    if (v.scope === 'section' && v.region && it.state.awaited && isScoped(v)) {
      const frame = it.frames.find((f) => f.fn === v.region && f.setup.sectionCallee !== undefined);
      if (frame && frame.setup.sectionCallee) {
        report(it, { type: 'useAfterAwait', value: v, use, after: it.state.awaited, callee: frame.setup.sectionCallee });
      }
    }
    if (v.kind === 'param' && it.mode === 'summary' && it.state.awaited && v.paramIndex !== undefined && !isCopy()) {
      const top = it.frames[0];
      if (top?.isAsync && !it.paramUsesAfterAwait.has(v.paramIndex)) it.paramUsesAfterAwait.set(v.paramIndex, use);
    }
    if (v.kind === 'unregistered' && it.mode === 'summary') notePathUses(it, [v], use);
    if (v.kind === 'unregistered' && !it.suppressMoveUses && !isCopy()) {
      const moved = it.state.movedAt(v.root);
      if (moved) {
        const key = `useAfterMove:${v.root.id}`;
        if (!it.reportedUses.has(key)) {
          it.reportedUses.add(key);
          it.emit({ type: 'useAfterMove', value: v, use, at: moved });
        }
      }
    }
  }
}

function report(
  it: Interpreter,
  event: { type: 'useAfterRelease' | 'useAfterAwait'; value: AbstractValue; use: ts.Node; after: ts.Node; callee?: string },
): void {
  const key = `${event.type}:${event.value.root.id}`;
  if (it.reportedUses.has(key) || it.escaped.has(event.value.root)) return;
  it.reportedUses.add(key);
  it.emit(event);
}

/**
 * In a summary, the unregistered devices among `values` read through a parameter's property path
 * (`slot.udev`): each (parameter, path) once, so a caller whose argument holds a moved device
 * there uses it at the call (summary-apply.ts).
 */
export function notePathUses(it: Interpreter, values: readonly AbstractValue[], use: ts.Node): void {
  for (const v of values) {
    if (v.kind !== 'unregistered') continue;
    const p = paramPathOf(it, v);
    if (p) notePathUse(it, p, use);
  }
}

/** In a summary, that what parameter `p.param` holds at `p.path` (a non-empty path) is used at `use`. */
export function notePathUse(it: Interpreter, p: ParamPath, use: ts.Node): void {
  if (it.mode !== 'summary' || p.path.length === 0) return;
  const key = p.path.join('.');
  if (!it.paramUsesAlong.some((u) => u.param === p.param && u.path.join('.') === key)) it.paramUsesAlong.push({ param: p.param, path: p.path, node: use });
}
