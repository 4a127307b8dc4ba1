import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
import type { CallHook, Interpreter } from './interpreter.js';
import { noteUses } from './uses.js';
import { addContent, createValue, readContent, union, type AbstractValue } from './values.js';

/**
 * How a built-in higher-order function (`arr.map(fn)`, `Array.from(src, fn)`, `arr.reduce(fn, init)`)
 * calls its callback, and where the callback's results go. These run the callback during the call,
 * so it is interpreted inline there, with the elements as its arguments; the callback itself is not
 * kept by the result. (`Promise.then` and timers are not here: they run the callback later.)
 */
interface CallbackShape {
  /** Which argument is the callback. */
  readonly callback: number;
  /**
   * What the callback is passed: `element` (element, index, array), `pair` (two elements, a
   * comparator), `accumulator` (accumulator, element, index, array).
   */
  readonly params: 'element' | 'pair' | 'accumulator';
  /**
   * What the call returns: `collected` a new array of the callback's results (`flat`: of their
   * elements too), `elements` a new array of the elements, `element` one element, `receiver` the
   * array itself, `accumulated` the final accumulator, `none` nothing tracked (a truth value, an
   * index, `undefined`).
   */
  readonly result: 'collected' | 'flat' | 'elements' | 'element' | 'receiver' | 'accumulated' | 'none';
}

const element = (result: CallbackShape['result']): CallbackShape => ({ callback: 0, params: 'element', result });

const shapes: ReadonlyMap<string, CallbackShape> = new Map([
  ['forEach', element('none')],
  ['map', element('collected')],
  ['flatMap', element('flat')],
  ['filter', element('elements')],
  ['find', element('element')],
  ['findLast', element('element')],
  ['findIndex', element('none')],
  ['findLastIndex', element('none')],
  ['some', element('none')],
  ['every', element('none')],
  ['sort', { callback: 0, params: 'pair', result: 'receiver' }],
  ['toSorted', { callback: 0, params: 'pair', result: 'elements' }],
  ['reduce', { callback: 0, params: 'accumulator', result: 'accumulated' }],
  ['reduceRight', { callback: 0, params: 'accumulator', result: 'accumulated' }],
  ['from', { callback: 1, params: 'element', result: 'collected' }],
]);

/** Whether `name` is a built-in that calls a callback during the call (see `shapes`). */
export function callsCallbackInline(name: string): boolean {
  return shapes.has(name);
}

/**
 * A call of a built-in higher-order function whose callback is a function value bindsafe has: runs
 * the callback inline and returns what the call returns. `undefined`: not such a call (no shape for
 * `name`, or no callback body to run), left to the caller's generic handling.
 */
export function higherOrderCall(
  it: Interpreter,
  call: ts.CallExpression,
  name: string,
  receiver: readonly AbstractValue[],
  args: readonly AbstractValue[][],
): AbstractValue[] | undefined {
  const shape = shapes.get(name);
  if (!shape) return undefined;
  const callbacks = (args[shape.callback] ?? []).flatMap((c) => (c.kind === 'closure' && c.fn ? [c.fn] : []));
  if (callbacks.length === 0) return undefined;
  // `Array.from(src, fn)` iterates its first argument; the methods iterate their receiver.
  const source = name === 'from' ? (args[0] ?? []) : receiver;
  const elements = source.length > 0 ? it.elementsOf(source) : [];
  const thisValues = shape.params === 'accumulator' ? [] : [...(args[shape.callback + 1] ?? [])];
  let results: AbstractValue[] = [];
  if (shape.params === 'accumulator') {
    // The accumulator flows: the initial value is the first call's, each call's result the next one's.
    const init = args.length > 1 ? (args[1] ?? []) : elements;
    let accumulator = [...init];
    for (const fn of callbacks) accumulator = union(accumulator, invokeInline(it, fn, [accumulator, elements, [], source], { thisValues }));
    results = accumulator;
  } else {
    const params = shape.params === 'pair' ? [elements, elements] : [elements, [], source];
    for (const fn of callbacks) results = union(results, invokeInline(it, fn, params, { thisValues }));
  }
  if (shape.result !== 'collected' && shape.result !== 'flat' && shape.result !== 'accumulated') {
    // These keep only a truth value (or nothing) of what the callback returns: a guard returned is dropped.
    for (const g of results) if (g.kind === 'guard') it.emit({ type: 'discardedGuard', at: g.origin });
  }
  switch (shape.result) {
    case 'collected':
    case 'flat':
    case 'elements': {
      const result = createValue({ kind: 'fresh', origin: call, description: 'the array created here' });
      const kept = shape.result === 'elements' ? elements : shape.result === 'flat' ? flattened(results) : results;
      addContent(result, '*', kept);
      return [result];
    }
    case 'element':
      // Reading an element of a container is a use of it (access-paths.ts).
      if (source.some((r) => r.kind === 'fresh')) noteUses(it, elements, call);
      return elements;
    case 'receiver':
      return [...receiver];
    case 'accumulated':
      return results;
    case 'none':
      return [];
  }
}

/** `flatMap`'s results: each returned array's elements, and what is returned as it is. */
function flattened(values: readonly AbstractValue[]): AbstractValue[] {
  return union(values, ...values.map((v) => (v.kind === 'fresh' ? readContent(v, undefined) : [])));
}

/** The higher-order built-ins at calls (in `Semantics.callHooks`): they run their callbacks during the call. */
export const higherOrderCallHook: CallHook = {
  name: 'higher-order built-ins',
  runsCallbacks: callsCallbackInline,
  builtin: (it, site, args) => (site.name ? higherOrderCall(it, site.call, site.name, site.receiver ?? [], args) : undefined),
};
