import type * as ts from 'typescript';
import type { State, ThisKey } from './state.js';
import type { AbstractValue } from './values.js';

/*
 * The interpreter core's data about activations: frames, how they are set up, and the enclosing
 * statements an abrupt completion passes (walked by completions.ts). Types only, so that the
 * core (interpreter.ts) and the semantic modules share them without importing each other.
 */

export type Mode = 'report' | 'summary';

/** How a frame's parameters are bound and what the frame is. */
export interface FrameSetup {
  readonly params: (index: number, param: ts.ParameterDeclaration) => AbstractValue[];
  readonly thisValues: AbstractValue[];
  /** The frame is a callback whose section ends when it returns (guarded callbacks, ioctl handlers). */
  readonly sectionCallee?: string;
  readonly role?: 'probe' | 'unbind';
}

/**
 * One activation of a function (or of a module's top level) being interpreted.
 *
 * Invariants: `fn` is on the stack at most once (recursion is not inlined); `exits` holds the
 * states at every `return`/`throw` that leaves the frame and at the end of its body.
 */
export interface Frame {
  readonly fn: ts.Node;
  readonly isAsync: boolean;
  readonly thisKey: ThisKey;
  readonly returns: AbstractValue[];
  readonly exits: State[];
  readonly setup: FrameSetup;
  /** The statements around the current point that an abrupt completion passes (walked by completions.ts). */
  readonly targets: Target[];
  /** Guards taken in this frame without `using`, which must be released on every path. */
  readonly guards: AbstractValue[];
  /** Registrations created (or received from helpers) in this frame. */
  readonly registrations: AbstractValue[];
}

/** An abrupt completion (see completions.ts). */
export type Completion =
  | { readonly kind: 'return'; readonly values: readonly AbstractValue[] }
  | { readonly kind: 'throw' }
  | { readonly kind: 'break' | 'continue'; readonly label: string | undefined };

export type Target = LoopTarget | BreakTarget | TryTarget | CleanupTarget;

/** A loop: `break` ends it, `continue` starts its next iteration. */
export interface LoopTarget {
  readonly kind: 'loop';
  readonly labels: readonly string[];
  readonly breaks: State[];
  continues: State[];
  /** What leaving the loop before its end does to the state of a path that goes on after it (a `break`, a `continue` of an outer loop). */
  readonly leave?: (state: State) => void;
}

/** A `switch` (plain `break`) or any other labelled statement (`break label`). */
export interface BreakTarget {
  readonly kind: 'switch' | 'labelled';
  readonly labels: readonly string[];
  readonly breaks: State[];
}

/** A `try` statement. `catches`: the states a `throw` in its `try` block reaches the `catch` with. */
export interface TryTarget {
  readonly kind: 'try';
  readonly finallyBlock: ts.Block | undefined;
  catches: State[] | undefined;
}

/** Work done whenever a block is left, normally or not (disposing its `using` declarations). */
export interface CleanupTarget {
  readonly kind: 'cleanup';
  readonly run: () => void;
}

/** How a loop can end other than by `break`: its test fails before an iteration, or after one. */
export type LoopShape = 'test-first' | 'test-last' | 'no-test';
