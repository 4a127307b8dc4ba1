import type * as ts from 'typescript';
import { within, type Interpreter } from './interpreter.js';
import { walk } from '../program/walk.js';
import { addAll, addContent, createValue, isScoped, reachable, type AbstractValue } from './values.js';

type ClosureNode = ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration | ts.AccessorDeclaration | ts.FunctionDeclaration;

function insideAny(node: ts.Node, fns: ReadonlySet<ts.Node>): boolean {
  for (const f of fns) if (node.pos >= f.pos && node.end <= f.end) return true;
  return false;
}

/** A function value created here; its contents are the tracked values it captures. */
export function closureValue(it: Interpreter, fn: ClosureNode): AbstractValue {
  const closure = createValue({ kind: 'closure', origin: fn, description: 'the callback created here', fn });
  addContent(closure, '*', capturedValues(it, fn));
  return closure;
}

function capturedValues(it: Interpreter, fn: ClosureNode): AbstractValue[] {
  const tsm = it.ts;
  const checker = it.ctx.checker;
  const out: AbstractValue[] = [];
  if (!fn.body || it.boundNames.size === 0) return out;
  const thisFrame = tsm.isArrowFunction(fn) ? it.thisFrame() : undefined;
  const ownThis = new Set<ts.Node>();
  walk(tsm, fn.body, (n) => {
    if (tsm.isFunctionLike(n) && !tsm.isArrowFunction(n)) ownThis.add(n);
    if (tsm.isIdentifier(n) && it.boundNames.has(n.text)) {
      const symbol = tsm.isShorthandPropertyAssignment(n.parent) && n.parent.name === n
        ? checker.getShorthandAssignmentValueSymbol(n.parent)
        : checker.getSymbolAtLocation(n);
      const decl = symbol?.valueDeclaration;
      if (symbol && decl && !within(decl, fn)) {
        const values = it.lookup(symbol);
        if (values) addAll(out, values);
      }
    } else if (thisFrame && n.kind === tsm.SyntaxKind.ThisKeyword && !insideAny(n, ownThis)) {
      // `this` in an arrow is its creator's; inside a nested non-arrow function it is that function's own.
      const values = it.lookup(thisFrame.thisKey);
      if (values) addAll(out, values);
    }
  });
  return out;
}

export interface InlineOptions {
  readonly thisValues?: AbstractValue[];
  /** The callback runs inside a section that ends when it returns: these parameters live only there. */
  readonly section?: { readonly params: readonly number[]; readonly callee: string; readonly names?: readonly string[] };
  /** These parameters are binding-scoped values (e.g. `tryAccessWith`). */
  readonly bound?: { readonly params: readonly number[]; readonly callee: string };
}

/** Interprets a function body now, as the callee does when it calls it synchronously. */
export function invokeInline(
  it: Interpreter,
  fn: ts.FunctionLikeDeclaration,
  args: readonly (readonly AbstractValue[])[],
  options: InlineOptions = {},
): AbstractValue[] {
  if (!fn.body || it.isOnStack(fn) || it.frames.length > 24) return [];
  const frame = it.runFrame(fn, {
    params: (i, p) => {
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
  void it;
  return createValue({
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
    for (const { value, holders } of reachable(argValues)) {
      const tracked = isScoped(value) || value.kind === 'driverData' || (it.mode === 'summary' && value.kind === 'param');
      if (!tracked) continue;
      it.escape(value, arg, how, holders.filter((h) => h.kind !== 'closure'), [], viaCallback || undefined);
    }
  });
}
