import type * as ts from 'typescript';
import type { Interpreter } from './interpreter.js';
import type { BreakTarget, Completion, LoopShape, LoopTarget, Target, TryTarget } from './frames.js';
import { State } from './state.js';

/**
 * Completions: how `return`, `throw`, `break` and `continue` leave the statements around them.
 *
 * The language's rule: an abrupt completion passes outward through every enclosing statement of
 * its frame, in order, until it reaches its target: the nearest enclosing loop (`continue`, or a
 * plain `break`; a `break` also stops at a `switch`), the statement its label names, the `catch`
 * of a `try` whose block it is thrown in (`throw`), or the end of the function (`return`, an
 * uncaught `throw`). On the way it runs the `finally` of every `try` it leaves and disposes the
 * `using` declarations of every block it leaves; a `finally` that completes abruptly itself
 * replaces the completion that ran it. The interpreter keeps, per frame, the stack of these
 * enclosing statements (`Target`s) and walks it here.
 *
 * Invariants: a target is on its frame's stack exactly while its statement is being executed (a
 * `try` target only while its `try` or `catch` block runs, not its `finally`); a state handed to a
 * target is a clone, and the path that completed abruptly is dead afterwards.
 */

/**
 * Ends the current path with `completion`: runs the `finally` blocks and cleanups it passes, and
 * hands the state to its target (or to the frame's exits).
 */
export function complete(it: Interpreter, completion: Completion): void {
  const frame = it.frame;
  const targets = frame.targets;
  for (let i = targets.length - 1; i >= 0; i--) {
    const t = targets[i];
    if (!t) continue;
    switch (t.kind) {
      case 'cleanup':
        t.run();
        break;
      case 'try':
        if (completion.kind === 'throw' && t.catches) {
          t.catches.push(it.state.clone());
          it.state.dead = true;
          return;
        }
        if (t.finallyBlock) {
          // The finally block runs where its `try` statement is: outside the statements left so far.
          const left = targets.splice(i);
          try {
            it.exec(t.finallyBlock);
          } finally {
            targets.push(...left);
          }
          // A finally that returns, throws or breaks replaces this completion.
          if (it.state.dead) return;
        }
        break;
      case 'loop':
        if (completion.kind === 'continue' && (completion.label === undefined || t.labels.includes(completion.label))) {
          t.continues.push(it.state.clone());
          it.state.dead = true;
          return;
        }
        // A `break` of it, or a `break` / `continue` of an outer statement, leaves it before its end
        // and goes on in this frame. (A `return` or `throw` goes to the frame's exits.)
        if (completion.kind === 'break' || completion.kind === 'continue') t.leave?.(it.state);
        if (completion.kind === 'break' && (completion.label === undefined || t.labels.includes(completion.label))) {
          t.breaks.push(it.state.clone());
          it.state.dead = true;
          return;
        }
        break;
      case 'switch':
      case 'labelled':
        if (completion.kind === 'break' && (completion.label === undefined ? t.kind === 'switch' : t.labels.includes(completion.label))) {
          t.breaks.push(it.state.clone());
          it.state.dead = true;
          return;
        }
        break;
    }
  }
  if (completion.kind === 'return' || completion.kind === 'throw') {
    const exit = it.state.clone();
    exit.threw = completion.kind === 'throw';
    if (completion.kind === 'return') exit.returned = completion.values;
    frame.exits.push(exit);
  }
  it.state.dead = true;
}

/** Runs `body` with `target` on the frame's stack of enclosing statements. */
export function inTarget<T extends Target>(it: Interpreter, target: T, body: () => void): T {
  const targets = it.frame.targets;
  targets.push(target);
  try {
    body();
  } finally {
    const i = targets.lastIndexOf(target);
    if (i >= 0) targets.splice(i, 1);
  }
  return target;
}

/**
 * A loop. The body runs twice: once from the entry, once from the back edge (the end of the first
 * iteration and its `continue`s), which is enough for the facts tracked here, and what holds at
 * the end of an iteration (an `await`, a release) holds at the start of the next. The loop ends
 * where its test can fail (before the first iteration, unless it tests last or not at all; after
 * each iteration) and at its `break`s. `leave` adjusts the state of every path that leaves the
 * loop before its end and goes on after it (a `break`, or a `continue` of an outer loop).
 */
export function runLoop(
  it: Interpreter,
  labels: readonly string[],
  shape: LoopShape,
  body: () => void,
  leave?: (state: State) => void,
  /** For a `test-first` loop: what holds on the path that runs no iteration, given the states that end one (`vacuous` changes it). */
  vacuous?: (none: State, iterationEnds: readonly State[]) => void,
): void {
  const target: LoopTarget = { kind: 'loop', labels, breaks: [], continues: [], ...(leave ? { leave } : {}) };
  const entry = it.state.clone();
  const ends: State[] = shape === 'test-first' ? [entry] : [];
  inTarget(it, target, () => {
    body();
    const first = [it.state.clone(), ...target.continues];
    target.continues = [];
    it.state = State.join(first);
    if (shape !== 'no-test') ends.push(...first);
    if (!it.state.dead) body();
    const second = [it.state, ...target.continues];
    if (shape !== 'no-test') ends.push(...second);
    if (vacuous && shape === 'test-first') vacuous(entry, [...first, ...second].filter((s) => !s.dead));
  });
  it.state = State.join([...ends, ...target.breaks]);
}

/** A labelled statement that is not a loop: `break label` inside it goes to its end. */
export function runLabelled(it: Interpreter, labels: readonly string[], body: () => void): void {
  const target: BreakTarget = { kind: 'labelled', labels, breaks: [] };
  inTarget(it, target, body);
  it.state = State.join([it.state, ...target.breaks]);
}

/** A `switch`: a plain `break` in it goes to its end. */
export function runSwitch(it: Interpreter, body: (target: BreakTarget) => void): void {
  const target: BreakTarget = { kind: 'switch', labels: [], breaks: [] };
  inTarget(it, target, () => body(target));
}

/**
 * A `try` statement. A `throw` anywhere in the `try` block reaches the `catch`, and so may an
 * exception from any statement of it: the `catch` starts from the join of the state before the
 * block, after each of its statements, and at each `throw`. The `finally` runs after the block
 * (or the `catch`) ends normally; abrupt completions run it on their way out (see `complete`).
 */
export function execTry(it: Interpreter, node: ts.TryStatement): void {
  const target: TryTarget = { kind: 'try', finallyBlock: node.finallyBlock, catches: node.catchClause ? [] : undefined };
  let after: State = it.state;
  inTarget(it, target, () => {
    const points = target.catches;
    if (points) points.push(it.state.clone());
    it.execBlock(node.tryBlock, points ? () => points.push(it.state.clone()) : undefined);
    after = it.state;
    if (node.catchClause && points) {
      target.catches = undefined;
      it.state = State.join(points);
      const decl = node.catchClause.variableDeclaration;
      if (decl) it.bind(decl.name, []);
      it.exec(node.catchClause.block);
      after = State.join([after, it.state]);
    }
  });
  it.state = after;
  // A dead `after` means every path left abruptly, and each ran the finally block on its way.
  if (node.finallyBlock && !after.dead) it.exec(node.finallyBlock);
}
