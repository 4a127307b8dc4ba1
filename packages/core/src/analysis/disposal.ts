import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
import { disposeMethodOf, isDisposeSymbol } from './dispose-methods.js';
import { within, type CallHook, type Interpreter } from './interpreter.js';
import { disposeValues as disposeModelValues, dropAll, release } from './model-calls.js';
import { applyDisposal, applySummary } from './summary-apply.js';
import { getSummary } from './summary.js';
import { addContent, createValue, type AbstractValue } from './values.js';

/**
 * Disposal: what disposing a value does, for `using` / `await using` declarations (at the end of
 * their block, on every path out of it) and for `DisposableStack` / `AsyncDisposableStack`.
 *
 * The language's rule: disposing an unbind guard releases it, disposing a registration drops it,
 * and disposing a stack disposes what it holds, last in first out: `use(x)` disposes `x`,
 * `adopt(x, onDispose)` calls `onDispose(x)`, `defer(fn)` calls `fn()`. `move()` hands everything
 * the stack holds to a new stack and leaves the old one empty; `dispose()` / `disposeAsync()` (and
 * `[Symbol.dispose]()` / `[Symbol.asyncDispose]()`) dispose it now, once. A stack is a container
 * (its contents are what it holds), so it owns its registrations and carries its guards wherever
 * it goes.
 *
 * Disposing an object of a class of the analysed code runs its own `[Symbol.dispose]()` (for
 * `await using` and an `AsyncDisposableStack`, `[Symbol.asyncDispose]()` first) with `this` that
 * object, judged by the method's summary: a wrapper that keeps a guard and releases it there
 * (`this.guard.release()`, see field-obligations.ts) releases the guard it holds.
 *
 * Invariants: a stack value is created only by `newStack`; its entries are appended in program
 * order (flow-insensitively, like any container's contents); whether a stack was disposed or moved
 * is path state (`State.release` / `State.move` of the stack value).
 */
type StackEntry =
  | { readonly kind: 'use'; readonly values: readonly AbstractValue[] }
  | { readonly kind: 'adopt'; readonly values: readonly AbstractValue[]; readonly callbacks: readonly AbstractValue[] }
  | { readonly kind: 'defer'; readonly callbacks: readonly AbstractValue[] };

interface Stack {
  readonly className: string;
  readonly entries: StackEntry[];
}

const stacks = new WeakMap<AbstractValue, Stack>();

/** The global classes whose instances are disposable stacks. */
export const stackClassNames: ReadonlySet<string> = new Set(['DisposableStack', 'AsyncDisposableStack']);

/** A new, empty stack created at `origin`. */
export function newStack(origin: ts.Node, className: string, entries: StackEntry[] = []): AbstractValue {
  const stack = createValue({ kind: 'fresh', origin, description: `the \`${className}\` created here` });
  stacks.set(stack, { className, entries });
  return stack;
}

export function isStack(v: AbstractValue): boolean {
  return stacks.has(v);
}

/**
 * How a value will be disposed, where that is known before its disposal: the expression whose type
 * has its dispose method (a `using` declaration's initializer, the argument of `stack.use(x)`),
 * and whether the disposal is asynchronous (`await using`, an `AsyncDisposableStack`).
 */
const disposers = new WeakMap<AbstractValue, { readonly node: ts.Node; readonly async: boolean }>();

/**
 * Disposes `values` at `at`, in order: guards are released, registrations dropped, stacks emptied
 * (parameters: both), objects of the analysed code's classes disposed by their own method.
 */
export function disposeValues(it: Interpreter, values: readonly AbstractValue[], at: ts.Node): void {
  for (const v of values) {
    if (v.kind === 'guard') release(it, [v], at);
    else if (v.kind === 'registration') dropAll(it, [v], at);
    else if (v.kind === 'param') {
      // A parameter (in a summary) is disposed whatever the caller passes: a guard is released, a
      // registration dropped (the caller applies each to the arguments of that kind).
      release(it, [v], at);
      dropAll(it, [v], at);
      disposeObjects(it, [v], at);
    } else if (stacks.has(v)) disposeStack(it, v, at);
    else if (v.kind === 'fresh') disposeObjects(it, [v], at);
  }
}

/**
 * Runs the dispose method of each object among `values` (made by the analysed code, or a
 * parameter in a summary) with `this` that object. `how`: the expression whose type has the
 * method and whether the disposal is asynchronous, when not what `disposers` recorded (an object
 * made by `new C(…)` has the type of its origin); `call`: the call that disposes it, if any.
 */
function disposeObjects(
  it: Interpreter,
  values: readonly AbstractValue[],
  at: ts.Node,
  how?: { readonly node: ts.Node; readonly async: boolean },
  call?: ts.CallExpression,
): void {
  const tsm = it.ts;
  for (const v of values) {
    if ((v.kind !== 'fresh' && !(it.mode === 'summary' && v.kind === 'param')) || stacks.has(v)) continue;
    const known = how ?? disposers.get(v) ?? (v.kind === 'fresh' && tsm.isNewExpression(v.origin) ? { node: v.origin, async: false } : undefined);
    if (!known) continue;
    const fn = disposeMethodOf(it, known.node, known.async);
    if (!fn) continue;
    const owner = tsm.isClassLike(fn.parent) ? fn.parent.name?.text : undefined;
    const name = owner ? `${owner}#${fn.name.getText()}` : fn.name.getText();
    if (it.frames.some((f) => !tsm.isSourceFile(f.fn) && within(fn, f.fn))) {
      // A class of the function being interpreted: its method runs here, with what it captures.
      invokeInline(it, fn, [], { thisValues: [v] });
    } else if (call) {
      applySummary(it, getSummary(it.ctx, fn, it.semantics), fn, call, [v], call.expression, [], name);
    } else {
      applyDisposal(it, getSummary(it.ctx, fn, it.semantics), fn, [v], at, known.node, name);
    }
  }
}

/**
 * `using x = value`: what `value` holds is disposed when the enclosing block ends (`disposeValues`),
 * so a guard declared so no longer needs an explicit release, nor a registration an owner.
 */
export function declareUsing(it: Interpreter, values: readonly AbstractValue[], declaration?: ts.VariableDeclaration): void {
  const list = declaration?.parent;
  const async = list !== undefined && it.ts.isVariableDeclarationList(list) && (list.flags & it.ts.NodeFlags.AwaitUsing) === it.ts.NodeFlags.AwaitUsing;
  for (const v of values) {
    if (declaration?.initializer && (v.kind === 'fresh' || v.kind === 'param')) disposers.set(v, { node: declaration.initializer, async });
    if (v.kind === 'guard') {
      it.usingGuards.add(v);
      for (const f of it.frames) {
        const i = f.guards.indexOf(v);
        if (i >= 0) f.guards.splice(i, 1);
      }
    } else if (v.kind === 'registration') {
      it.accountedRegistrations.add(v);
    }
  }
  it.disposeAtBlockEnd(values);
}

/** Disposes the stacks among `values` (`stack.dispose()`, `stack[Symbol.dispose]()`). */
export function disposeStacks(it: Interpreter, values: readonly AbstractValue[], at: ts.Node): void {
  for (const v of values) if (stacks.has(v)) disposeStack(it, v, at);
}

function disposeStack(it: Interpreter, stack: AbstractValue, at: ts.Node): void {
  const entries = stacks.get(stack)?.entries;
  // A stack disposed on every path so far, or moved on some path, holds nothing more to dispose.
  if (!entries || it.state.releasedAt(stack) || it.state.movedAt(stack)) return;
  it.state.release(stack, at);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (!entry) continue;
    if (entry.kind === 'use') disposeValues(it, entry.values, at);
    else for (const c of entry.callbacks) if (c.kind === 'closure' && c.fn) invokeInline(it, c.fn, entry.kind === 'adopt' ? [entry.values] : [], {});
  }
}

/**
 * A method call on a stack (`receiver` holds at least one): its result, or `undefined` when the
 * method is not one of the stack's own.
 */
export function stackCall(
  it: Interpreter,
  call: ts.CallExpression,
  name: string,
  receiver: readonly AbstractValue[],
  args: readonly (readonly AbstractValue[])[],
): AbstractValue[] | undefined {
  const own = receiver.filter((r) => stacks.has(r));
  const first = args[0] ?? [];
  switch (name) {
    case 'use': {
      const async = own.some((s) => stacks.get(s)?.className === 'AsyncDisposableStack');
      const node = call.arguments[0];
      if (node) for (const v of first) if (v.kind === 'fresh' || v.kind === 'param') disposers.set(v, { node, async });
      for (const s of own) hold(s, { kind: 'use', values: first });
      return [...first];
    }
    case 'adopt': {
      const callbacks = args[1] ?? [];
      for (const s of own) hold(s, { kind: 'adopt', values: first, callbacks });
      return [...first];
    }
    case 'defer':
      for (const s of own) hold(s, { kind: 'defer', callbacks: first });
      return [];
    case 'move':
      return own.map((s) => {
        const from = stacks.get(s);
        const moved = newStack(call, from?.className ?? 'DisposableStack', [...(from?.entries ?? [])]);
        for (const [key, values] of s.contents) addContent(moved, key, values);
        it.state.move(s, call);
        return moved;
      });
    case 'dispose':
    case 'disposeAsync':
      disposeStacks(it, own, call);
      return [];
    default:
      return undefined;
  }
}

function hold(stack: AbstractValue, entry: StackEntry): void {
  stacks.get(stack)?.entries.push(entry);
  const held = entry.kind === 'defer' ? entry.callbacks : entry.kind === 'adopt' ? [...entry.values, ...entry.callbacks] : entry.values;
  addContent(stack, '*', held);
}

/**
 * Disposal at calls (in `Semantics.callHooks`): `x[Symbol.dispose]()` / `x[Symbol.asyncDispose]()`
 * disposes `x` now, a stack's own methods (`stackCall`), and `new DisposableStack()` /
 * `new AsyncDisposableStack()` of the global classes makes an empty stack.
 */
export const disposalCallHook: CallHook = {
  name: 'disposal',
  beforeArguments(it, site) {
    const { call, callee, name, receiver } = site;
    if (it.ts.isElementAccessExpression(callee) && isDisposeSymbol(it.ts, callee.argumentExpression)) {
      site.args();
      disposeModelValues(it, receiver ?? [], call);
      disposeStacks(it, receiver ?? [], call);
      // The method this call names, of the receiver's type.
      const async = it.ts.isPropertyAccessExpression(callee.argumentExpression) && callee.argumentExpression.name.text === 'asyncDispose';
      disposeObjects(it, receiver ?? [], call, { node: callee.expression, async }, call);
      return [];
    }
    if (name && receiver?.some(isStack)) return stackCall(it, call, name, receiver, site.args()) ?? [];
    return undefined;
  },
  construct(it, site) {
    const { node, className, nameNode } = site;
    const ctx = it.ctx;
    if (!className || !stackClassNames.has(className) || !ctx.symbolAt(nameNode)?.declarations?.every((d) => ctx.isExternalDeclaration(d))) return undefined;
    site.args();
    return [newStack(node, className)];
  },
};
