import type * as ts from 'typescript';
import type { AbstractValue, RelatedNode } from './values.js';

/**
 * What the interpreter observes. In reporting mode events become findings; in summary mode the
 * events about parameters become the function's summary.
 */
export type AnalysisEvent =
  | EscapeEvent
  | NotReleasedEvent
  | UseAfterEvent
  | UnregisteredEvent
  | LeakedRegistrationEvent
  | MutationEvent
  | GuardResultEvent;

/** A scoped value (or a parameter, in summaries) leaves its scope at `sink`. */
export interface EscapeEvent {
  readonly type: 'escape';
  readonly value: AbstractValue;
  readonly sink: ts.Node;
  /** How it leaves: "is assigned to the module variable `saved`". */
  readonly how: string;
  /** Containers between the value and the sink: "held by the object created at line 4". */
  readonly holders: readonly AbstractValue[];
  /** Locations inside helpers on the way (L3/L4). */
  readonly through: readonly RelatedNode[];
  /** The sink lets a `Core` value keep its context (closure captures, declared `Core` slots). */
  readonly keepsCore?: boolean;
}

export interface NotReleasedEvent {
  readonly type: 'notReleased';
  readonly guard: AbstractValue;
}

export interface UseAfterEvent {
  readonly type: 'useAfterRelease' | 'useAfterAwait';
  readonly value: AbstractValue;
  readonly use: ts.Node;
  /** The release, or the `await`. */
  readonly after: ts.Node;
  /** For `useAfterAwait`: the call that took the async callback. */
  readonly callee?: string;
}

export interface UnregisteredEvent {
  readonly type: 'useAfterMove' | 'registeredTwice' | 'registeredOpOnUninit' | 'useAfterDrop';
  readonly value: AbstractValue;
  readonly use: ts.Node;
  /** The move, or the drop. */
  readonly at?: ts.Node;
  readonly op?: string;
  readonly how?: string;
  readonly through?: readonly RelatedNode[];
}

export interface LeakedRegistrationEvent {
  readonly type: 'leakedRegistration';
  readonly registration: AbstractValue;
  /** Where to report: the create call, or the helper call that returned it. */
  readonly at: ts.Node;
  readonly through: readonly RelatedNode[];
}

export interface MutationEvent {
  readonly type: 'mutation';
  readonly value: AbstractValue;
  /** In a summary: the change reaches a part of `value` (what it holds), not `value` itself only. */
  readonly part?: boolean;
  readonly at: ts.Node;
  readonly how: string;
  readonly through: readonly RelatedNode[];
}

/** `unbindGuard()`'s result discarded, or assumed present (`!`, a cast). */
export interface GuardResultEvent {
  readonly type: 'discardedGuard' | 'uncheckedGuard';
  readonly at: ts.Node;
  readonly how?: string;
}
