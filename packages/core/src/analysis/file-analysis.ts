import type * as ts from 'typescript';
import type { AnalysisContext } from './context.js';
import type { AnalysisEvent } from './events.js';
import type { FrameSetup } from './frames.js';
import { DepthExceeded, Interpreter } from './interpreter.js';
import { indexedNodes } from '../program/syntax-index.js';
import { annotationIsPlain, modelNames, relevanceTest } from './relevance.js';
import { isReferencedRoot, roleOf, type RootRole } from './roots.js';
import { semantics } from './semantics.js';
import { State } from './state.js';
import { createValue, type AbstractValue } from './values.js';
import { reachesScopedType, typedCarries } from './value-kinds.js';

export interface FileEvents {
  readonly events: readonly AnalysisEvent[];
  /** Functions that could not be interpreted, with why. */
  readonly skipped: readonly { readonly node: ts.Node; readonly reason: string }[];
}

/**
 * Interprets every function of a file once as a root (the module's top level first; functions
 * already interpreted inline, as callbacks run by their caller, are not run again), with the
 * parameters their role gives them, and collects what was observed.
 */
export function analyzeFileEvents(ctx: AnalysisContext, sf: ts.SourceFile): FileEvents {
  const tsm = ctx.ts;
  const analysed = new Set<ts.Node>();
  const it = new Interpreter(ctx, 'report', analysed, semantics);
  const skipped: { node: ts.Node; reason: string }[] = [];

  const run = (root: ts.SourceFile | ts.FunctionLikeDeclaration, setup: FrameSetup): void => {
    it.state = new State();
    it.depth = 0;
    it.places.clear();
    try {
      it.runFrame(root, setup);
    } catch (error) {
      if (!(error instanceof DepthExceeded) && !(error instanceof RangeError)) throw error;
      skipped.push({ node: root, reason: 'it is nested too deeply to analyse' });
    } finally {
      it.frames.length = 0;
    }
  };

  run(sf, { params: () => [], thisValues: [] });
  const functions: ts.FunctionLikeDeclaration[] = [];
  for (const n of indexedNodes(tsm, sf)) {
    if (tsm.isFunctionLike(n) && 'body' in n && n.body) functions.push(n as ts.FunctionLikeDeclaration);
  }
  const fileNames = modelNames(ctx, sf);
  const relevant = relevanceTest(ctx, fileNames, functions);
  for (const fn of functions) {
    if (analysed.has(fn) || !(relevant(fn) || isReferencedRoot(ctx, fn))) continue;
    run(fn, setupFor(ctx, fn, roleOf(ctx, fn), fileNames));
  }
  return { events: it.events, skipped };
}

/** `fileNames`: the model names of `fn`'s file (see `modelNames`). */
function setupFor(ctx: AnalysisContext, fn: ts.FunctionLikeDeclaration, role: RootRole, fileNames: ReadonlySet<string>): FrameSetup {
  const params = (index: number, p: ts.ParameterDeclaration): AbstractValue[] => {
    const name = `\`${p.name.getText()}\``;
    if ((role.kind === 'probe' || role.kind === 'unbind') && index === 0) {
      const type = ctx.checker.getTypeAtLocation(p);
      const scope = ctx.scopeOfType(type) ?? 'callback';
      const modelType = ctx.typeNameOf(type);
      const callback = role.kind;
      return [
        createValue({
          kind: 'scoped',
          origin: p,
          description: `${name} (the device \`${callback}\` is called with)`,
          ...(modelType ? { modelType } : {}),
          scope: scope === 'device' || scope === 'section' ? 'callback' : scope,
          rule: 'bound',
          region: fn,
        }),
      ];
    }
    if (role.kind === 'unbind' && index === role.dataParameter) {
      return [
        createValue({
          kind: 'driverData',
          origin: p,
          description: `${name} (the driver data \`unbind\` borrows)`,
          carries: () => reachesScopedType(ctx, p),
          scope: 'binding',
          rule: 'bound',
          region: fn,
        }),
      ];
    }
    if (role.kind === 'handler' && role.sectionParameters.includes(index)) {
      return [
        createValue({
          kind: 'scoped',
          origin: p,
          description: `${name} (the registration data of the ioctl handler)`,
          carries: typedCarries(ctx, p),
          scope: 'section',
          rule: 'guard',
          region: fn,
        }),
      ];
    }
    // Other parameters matter here only as the model objects they are (a guard released, a
    // registration dropped, a device moved): the callers judge what they pass.
    // (Unannotated parameters of plain functions are implicitly `any`; the model's callbacks get
    // theirs from the driver interface, so those are looked at.)
    if (p.type ? isPlainTypeNode(ctx, p.type) || annotationIsPlain(ctx, p.type, fileNames) : role.kind === 'plain') return [];
    const modelType = ctx.typeNameOf(ctx.checker.getTypeAtLocation(p));
    if (modelType === undefined) return [];
    return [createValue({ kind: 'param', origin: p, description: name, paramIndex: index, modelType })];
  };
  return {
    params,
    thisValues: [],
    ...(role.kind === 'handler' ? { sectionCallee: role.callee } : {}),
    ...(role.kind === 'probe' || role.kind === 'unbind' ? { role: role.kind } : {}),
  };
}

/** A type annotation that cannot name a model type: keywords, literals, and arrays of them. */
function isPlainTypeNode(ctx: AnalysisContext, node: ts.TypeNode): boolean {
  const tsm = ctx.ts;
  const k = tsm.SyntaxKind;
  if (tsm.isArrayTypeNode(node)) return isPlainTypeNode(ctx, node.elementType);
  if (tsm.isLiteralTypeNode(node)) return true;
  return (
    node.kind === k.NumberKeyword ||
    node.kind === k.StringKeyword ||
    node.kind === k.BooleanKeyword ||
    node.kind === k.BigIntKeyword ||
    node.kind === k.SymbolKeyword ||
    node.kind === k.UndefinedKeyword ||
    node.kind === k.VoidKeyword ||
    node.kind === k.UnknownKeyword ||
    node.kind === k.AnyKeyword
  );
}
