import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import { within, type Interpreter } from './interpreter.js';
import { walk } from '../program/walk.js';
import { indexedNodes } from '../program/syntax-index.js';
import { noteUses } from './uses.js';
import { typedCarries } from './value-kinds.js';
import { addAll, addContent, createValue, isTracked, reachable, readContent, throughRegistration, type AbstractValue } from './values.js';

type ClosureNode = ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration | ts.AccessorDeclaration | ts.FunctionDeclaration;

/** Names a function declares itself (parameters, variables, functions, catch bindings). */
function namesDeclaredIn(tsm: TsModule, fn: ts.Node): Set<string> {
  const names = new Set<string>();
  walk(tsm, fn, (n) => {
    if ((tsm.isParameter(n) || tsm.isVariableDeclaration(n) || tsm.isBindingElement(n)) && tsm.isIdentifier(n.name)) names.add(n.name.text);
    else if ((tsm.isFunctionDeclaration(n) || tsm.isClassDeclaration(n)) && n.name) names.add(n.name.text);
    return !tsm.isTypeNode(n);
  });
  return names;
}

/** Whether an identifier reads a variable (not a property name or a declaration's name). */
function isReference(tsm: TsModule, id: ts.Identifier): boolean {
  const p = id.parent;
  if (tsm.isPropertyAccessExpression(p) && p.name === id) return false;
  if ((tsm.isPropertyAssignment(p) || tsm.isPropertyDeclaration(p) || tsm.isMethodDeclaration(p) || tsm.isPropertySignature(p)) && p.name === id) return false;
  if ((tsm.isVariableDeclaration(p) || tsm.isParameter(p) || tsm.isBindingElement(p) || tsm.isFunctionDeclaration(p)) && p.name === id) return false;
  if (tsm.isBindingElement(p) && p.propertyName === id) return false;
  return !tsm.isLabeledStatement(p) && !tsm.isBreakOrContinueStatement(p);
}

function insideAny(node: ts.Node, fns: ReadonlySet<ts.Node>): boolean {
  for (const f of fns) if (node.pos >= f.pos && node.end <= f.end) return true;
  return false;
}

/** A function value created here; its contents are the tracked values it captures. */
export function closureValue(it: Interpreter, fn: ClosureNode): AbstractValue {
  const description = it.ts.isFunctionDeclaration(fn) && fn.name ? `the function \`${fn.name.text}\` declared here` : 'the callback created here';
  const closure = createValue({ kind: 'closure', origin: fn, description, fn });
  addContent(closure, '*', capturedValues(it, fn));
  return closure;
}

/** Names of the function declarations nested in a function, per file (the only names `nestedDeclaration` resolves). */
const nestedDeclarationNames = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

function nestedFunctionNames(tsm: TsModule, sf: ts.SourceFile): ReadonlySet<string> {
  let names = nestedDeclarationNames.get(sf);
  if (!names) {
    const found = new Set<string>();
    for (const n of indexedNodes(tsm, sf)) {
      if (tsm.isFunctionDeclaration(n) && n.name && n.body && enclosingFunction(tsm, n)) found.add(n.name.text);
    }
    nestedDeclarationNames.set(sf, (names = found));
  }
  return names;
}

function enclosingFunction(tsm: TsModule, n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (tsm.isFunctionLike(p)) return p;
  return undefined;
}

/** The function declaration with a body that `id` refers to, when it is declared inside a function being interpreted. */
function nestedDeclaration(it: Interpreter, id: ts.Identifier): ts.FunctionDeclaration | undefined {
  const tsm = it.ts;
  if (!nestedFunctionNames(tsm, id.getSourceFile()).has(id.text) || !isReference(tsm, id)) return undefined;
  const decl = it.ctx.symbolAt(id)?.valueDeclaration;
  if (!decl || !tsm.isFunctionDeclaration(decl) || !decl.body) return undefined;
  return it.frames.some((f) => !tsm.isSourceFile(f.fn) && within(decl, f.fn)) ? decl : undefined;
}

/**
 * The function value a name read as a value denotes (`return sizeOf`, `setTimeout(tick)`,
 * `{ size: sizeOf }`) when it names a function declared inside a function being interpreted: a
 * function declaration's name is bound, from the start of its block (hoisting), to a function
 * value that captures what its body refers to, like an arrow or a function expression. (A call of
 * it by name is resolved by its declaration: calls.ts.)
 */
export function declaredFunctionValue(it: Interpreter, id: ts.Identifier): AbstractValue | undefined {
  const decl = nestedDeclaration(it, id);
  return decl ? closureValue(it, decl) : undefined;
}

/**
 * What a function captures: the tracked values of the variables declared outside it that its body
 * refers to, and what the function declarations outside it that it refers to (to call them or to
 * hand them on) capture in turn, each declaration once.
 */
function capturedValues(it: Interpreter, fn: ClosureNode): AbstractValue[] {
  const out: AbstractValue[] = [];
  if (!fn.body || it.boundNames.size === 0) return out;
  const bodies: ClosureNode[] = [fn];
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i] as ClosureNode;
    captureFrom(it, body, out, (decl) => {
      if (!bodies.includes(decl)) bodies.push(decl);
    });
  }
  return out;
}

function captureFrom(it: Interpreter, fn: ClosureNode, out: AbstractValue[], refersTo: (decl: ts.FunctionDeclaration) => void): void {
  const tsm = it.ts;
  const checker = it.ctx.checker;
  if (!fn.body) return;
  const thisFrame = tsm.isArrowFunction(fn) ? it.thisFrame() : undefined;
  const ownThis = new Set<ts.Node>();
  // Computed on the first name bound once outside (the only case that asks).
  let declaredInside: Set<string> | undefined;
  walk(tsm, fn.body, (n) => {
    if (tsm.isTypeNode(n)) return false;
    if (tsm.isFunctionLike(n) && !tsm.isArrowFunction(n)) ownThis.add(n);
    if (tsm.isIdentifier(n) && !it.boundNames.has(n.text)) {
      const decl = nestedDeclaration(it, n);
      if (decl && !within(decl, fn)) refersTo(decl);
    } else if (tsm.isIdentifier(n) && isReference(tsm, n)) {
      // A name bound once outside and not redeclared inside needs no checker lookup.
      const known = it.bindingsByName.get(n.text);
      const symbol =
        known?.length === 1 && !(declaredInside ??= namesDeclaredIn(tsm, fn)).has(n.text)
          ? known[0]
          : tsm.isShorthandPropertyAssignment(n.parent) && n.parent.name === n
            ? checker.getShorthandAssignmentValueSymbol(n.parent)
            : checker.getSymbolAtLocation(n);
      const decl = symbol?.valueDeclaration;
      if (symbol && decl && !within(decl, fn)) {
        const values = it.lookup(symbol);
        if (values) {
          addAll(out, values);
          // A function made after the move that uses the device uses a moved device.
          if (values.some((v) => v.kind === 'unregistered')) noteUses(it, values, n);
        }
      }
    } else if (thisFrame && n.kind === tsm.SyntaxKind.ThisKeyword && !insideAny(n, ownThis)) {
      // `this` in an arrow is its creator's; inside a nested non-arrow function it is that function's own.
      const values = it.lookup(thisFrame.thisKey);
      if (values) addAll(out, values);
    }
    return true;
  });
}

export interface InlineOptions {
  readonly thisValues?: AbstractValue[];
  /** The callback runs inside a section that ends when it returns: these parameters live only there. */
  readonly section?: { readonly params: readonly number[]; readonly callee: string };
  /** These parameters are binding-scoped values (e.g. `tryAccessWith`). */
  readonly bound?: { readonly params: readonly number[]; readonly callee: string };
}

/**
 * How many of `fn`'s declared parameters are not passed by a caller: a leading `this` parameter
 * (`function f(this: T, x: X)`) only types the receiver, so argument 0 binds parameter 1.
 */
export function thisParameterOffset(fn: ts.SignatureDeclaration): number {
  const first = fn.parameters[0];
  return first && 'escapedText' in first.name && first.name.escapedText === 'this' ? 1 : 0;
}

/** Interprets a function body now, as the callee does when it calls it synchronously. */
export function invokeInline(
  it: Interpreter,
  fn: ts.FunctionLikeDeclaration,
  args: readonly (readonly AbstractValue[])[],
  options: InlineOptions = {},
): AbstractValue[] {
  if (!fn.body || it.isOnStack(fn) || it.frames.length > 24) return [];
  const offset = thisParameterOffset(fn);
  const frame = it.runFrame(fn, {
    params: (at, p) => {
      if (at < offset) return [];
      const i = at - offset;
      if (options.section?.params.includes(i)) return [sectionParameter(it, fn, p, options.section.callee)];
      if (options.bound?.params.includes(i)) {
        return [
          createValue({
            kind: 'scoped',
            origin: p,
            description: `\`${p.name.getText()}\` (which \`${options.bound.callee}\` passes to its callback)`,
            scope: 'binding',
            rule: 'bound',
            region: it.frames[0]?.fn ?? fn,
            carries: typedCarries(it.ctx, p),
          }),
        ];
      }
      if (p.dotDotDotToken) {
        const rest = createValue({ kind: 'fresh', origin: p, description: 'the rest parameters' });
        for (const a of args.slice(i)) addContent(rest, '*', a);
        return [rest];
      }
      return [...(args[i] ?? [])];
    },
    thisValues: options.thisValues ?? [],
    ...(options.section ? { sectionCallee: options.section.callee } : {}),
  });
  return frame.returns;
}

function sectionParameter(it: Interpreter, fn: ts.FunctionLikeDeclaration, p: ts.ParameterDeclaration, callee: string): AbstractValue {
  return createValue({
    carries: typedCarries(it.ctx, p),
    kind: 'scoped',
    origin: p,
    description: `\`${p.name.getText()}\` (which \`${callee}\` passes to its callback)`,
    scope: 'section',
    rule: 'guard',
    region: fn,
  });
}

/**
 * A callback handed to something that runs it later (a timer, `.then`, a listener): every tracked
 * value it captures (or that is passed along with it) leaves its scope there.
 */
export function deferredEscape(it: Interpreter, args: readonly ts.Expression[], values: readonly (readonly AbstractValue[])[], callee: string): void {
  args.forEach((arg, i) => {
    const argValues = values[i] ?? [];
    if (argValues.length === 0) return;
    const viaCallback = argValues.some((v) => v.kind === 'closure');
    const how = viaCallback
      ? `it is captured by a callback passed to \`${callee}\`, which runs later`
      : `it is passed to \`${callee}\`, which keeps it for later`;
    const captured: AbstractValue[] = [];
    for (const { value, holders } of reachable(argValues)) {
      if (!isTracked(value, it.mode) || throughRegistration(holders)) continue;
      captured.push(value);
      it.escape(value, arg, how, holders.filter((h) => h.kind !== 'closure'), [], viaCallback || undefined);
    }
    for (const c of argValues) if (c.kind === 'closure' && c.fn) invokeDeferred(it, c.fn, captured);
  });
}

/**
 * Interprets a callback that runs later (a timer, `.then`, a listener, an IRQ handler) with what it
 * captured, so that what it does with values obtained or captured is seen; the capture itself, if
 * it was an escape, is already reported, and uses of those values inside are not reported again.
 * What the callback does to the state is not carried back: it runs after the caller has gone on.
 */
export function invokeDeferred(it: Interpreter, fn: ts.FunctionLikeDeclaration, alreadyEscaped: readonly AbstractValue[]): void {
  if (it.analysed.has(fn)) return;
  const saved = it.state.clone();
  const added = alreadyEscaped.map((v) => v.root).filter((r) => !it.suppressedEscapes.has(r));
  for (const r of added) it.suppressedEscapes.add(r);
  const made = it.frames[0]?.registrations;
  const start = made?.length ?? 0;
  deferredDepth++;
  deferredStarts.push(start);
  try {
    invokeInline(it, fn, [], {});
    // A registration the callback makes is owed on the callback's own paths: dropped on every
    // normal exit of it (or never made there), it is accounted for; pending on one, it is leaked.
    for (const r of made?.slice(start) ?? []) {
      if (it.state.isPending(r) && !it.state.isAbsent(r)) it.droppedRegistrations.delete(r);
      else if (it.droppedRegistrations.has(r)) it.accountedRegistrations.add(r);
    }
  } finally {
    deferredDepth--;
    deferredStarts.pop();
    for (const r of added) it.suppressedEscapes.delete(r);
    it.state = saved;
  }
}

/**
 * A closure a root returns (as it is, or in an object or array it returns: `{ async retire() { … } }`)
 * runs later, after the root has returned, with the values it captures from the root: it is
 * interpreted at the return, in the state there, so what it does to them (a drop, then a use) is
 * judged in its own body. Only closures that capture values the interpreter follows, each once (it is then not
 * run again as a root of its own, where it would capture nothing).
 */
export function runReturnedClosures(it: Interpreter, returned: readonly AbstractValue[]): void {
  if (!returned.some((v) => v.kind === 'closure' || v.kind === 'fresh')) return;
  for (const { value } of reachable(returned)) {
    if (value.kind !== 'closure' || !value.fn || it.analysed.has(value.fn) || it.escaped.has(value)) continue;
    if (readContent(value, '*').length === 0) continue;
    invokeDeferred(it, value.fn, []);
  }
}

let deferredDepth = 0;
/** For each callback that runs later being interpreted, how many registrations the root had made before it. */
const deferredStarts: number[] = [];

/** Whether a callback that runs later is being interpreted (what it does is on none of the caller's paths). */
export function inDeferredCallback(): boolean {
  return deferredDepth > 0;
}

/**
 * Whether `registration` was made before the callbacks that run later being interpreted started:
 * their drop of it accounts for it wholly (their paths are not its maker's).
 */
export function madeBeforeDeferred(it: Interpreter, registration: AbstractValue): boolean {
  const first = deferredStarts[0];
  if (first === undefined) return false;
  const index = it.frames[0]?.registrations.indexOf(registration) ?? -1;
  return index < first;
}
