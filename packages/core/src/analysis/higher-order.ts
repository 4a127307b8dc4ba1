import type * as ts from 'typescript';
import { invokeInline } from './closures.js';
import type { CallHook, Interpreter } from './interpreter.js';
import { functionOf } from './function-values.js';
import { applySummary } from './summary-apply.js';
import { getSummary } from './summary.js';
import { noteUses } from './uses.js';
import { addContent, createValue, readContent, union, type AbstractValue } from './values.js';

/**
 * How a built-in higher-order function (`arr.map(fn)`, `Array.from(src, fn)`, `arr.reduce(fn, init)`)
 * calls its callback, and where the callback's results go. These run the callback during the call,
 * so it is interpreted inline there, with the elements as its arguments; the callback itself is not
 * kept by the result. (`Promise.then` and timers are not here: they run the callback later.)
 * A function given by name (`rings.forEach(rewindOne)`, declared elsewhere in the file or in another
 * module) is called with the same arguments: its summary applies to them at the call, in a summary
 * too, where the elements are parts of the parameter they are read from.
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
  const named = callbacks.length === 0 ? namedCallback(it, call.arguments[shape.callback]) : undefined;
  if (callbacks.length === 0 && !named) return undefined;
  // `Array.from(src, fn)` iterates its first argument; the methods iterate their receiver.
  const source = name === 'from' ? (args[0] ?? []) : receiver;
  const sourceNode = name === 'from' ? call.arguments[0] : it.ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  const elements = source.length > 0 ? it.elementsOf(source) : [];
  const thisValues = shape.params === 'accumulator' ? [] : [...(args[shape.callback + 1] ?? [])];
  const run = (params: AbstractValue[][]): AbstractValue[] => {
    let out: AbstractValue[] = [];
    for (const fn of callbacks) out = union(out, invokeInline(it, fn, params, { thisValues }));
    if (named) {
      // Its arguments are the elements (and the source) the call is given, written where the source is.
      const nodes = { receiver: undefined, args: params.map((_, i) => (i === 0 && shape.params === 'accumulator' ? undefined : sourceNode)) };
      out = union(out, applySummary(it, getSummary(it.ctx, named.fn, it.semantics), named.fn, call, [], named.node, params, named.name, nodes));
    }
    return out;
  };
  let results: AbstractValue[] = [];
  if (shape.params === 'accumulator') {
    // The accumulator flows: the initial value is the first call's, each call's result the next one's.
    const init = args.length > 1 ? (args[1] ?? []) : elements;
    const accumulator = [...init];
    results = union(accumulator, run([accumulator, elements, [], [...source]]));
  } else {
    results = run(shape.params === 'pair' ? [elements, elements] : [elements, [], [...source]]);
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

/**
 * The function a callback written as a name denotes (`rewindOne`, `ring.rewind` of a namespace),
 * when it is a function of the analysed code with a body (a method loses its `this` so: not one).
 */
function namedCallback(it: Interpreter, node: ts.Expression | undefined): { fn: ts.FunctionLikeDeclaration; node: ts.Expression; name: string } | undefined {
  const tsm = it.ts;
  if (!node || !(tsm.isIdentifier(node) || (tsm.isPropertyAccessExpression(node) && tsm.isIdentifier(node.name)))) return undefined;
  const nameNode = tsm.isIdentifier(node) ? node : (node as ts.PropertyAccessExpression).name;
  for (const d of it.ctx.symbolAt(nameNode)?.declarations ?? []) {
    if (it.ctx.isModelDeclaration(d)) return undefined;
    const fn = functionOf(it, d);
    if (!fn?.body || tsm.isMethodDeclaration(fn) || tsm.isConstructorDeclaration(fn) || it.ctx.isExternalDeclaration(fn)) continue;
    return { fn, node, name: nameNode.text };
  }
  return undefined;
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
