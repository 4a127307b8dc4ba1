import type { ts } from 'ts-morph';
import { typescript } from '../project/ts-morph-runtime.js';
import type { ModelType, ModelTypes } from './model-types.js';

/**
 * What a tsc error is about, read from the program (the node at the error and the types the
 * checker gives it), never from the message text:
 *
 * - `this`: a method called on a receiver its `this` parameter rejects (TS2684);
 * - `member`: a property that does not exist on the receiver's type (TS2339, TS2551);
 * - `construct`: a class whose constructor may not be called (TS2673, TS2674, TS2511);
 * - `assign`: a value where a type it is not assignable to is required (arguments, initialisers,
 *   assignments, object literal properties, returns, casts).
 */
export type DiagnosticFacts =
  | { readonly shape: 'this'; readonly member: string; readonly actual: ModelType | undefined; readonly expected: ModelType | undefined }
  | { readonly shape: 'member'; readonly member: string; readonly actual: ModelType | undefined }
  | { readonly shape: 'construct'; readonly constructed: ModelType | undefined; readonly className: string }
  | {
      readonly shape: 'assign';
      readonly actual: ModelType | undefined;
      readonly expected: ModelType | undefined;
      /** The target is a model ioctl handler type. */
      readonly ioctlHandler: boolean;
      /** The source is an object literal (a value made by hand). */
      readonly literal: boolean;
      /** The called function or method when the value is an argument: `drm.Registration.new`. */
      readonly callee: string | undefined;
      /** What requires the type: an argument's parameter, a declared type, an assignment target, … */
      readonly target: 'parameter' | 'declaration' | 'assignment' | 'cast' | 'context';
    };

const thisCodes = new Set([2684]);
const memberCodes = new Set([2339, 2551]);
const constructCodes = new Set([2673, 2674, 2511]);
const assignCodes = new Set([2322, 2345, 2352, 2353, 2375, 2379, 2559, 2739, 2740, 2741, 2769]);

/** Whether the analyzer looks at diagnostics with this code at all. */
export function isConsideredCode(code: number): boolean {
  return thisCodes.has(code) || memberCodes.has(code) || constructCodes.has(code) || assignCodes.has(code);
}

export function diagnosticFacts(
  checker: ts.TypeChecker,
  model: ModelTypes,
  sourceFile: ts.SourceFile,
  diagnostic: ts.Diagnostic,
): DiagnosticFacts | undefined {
  if (diagnostic.start === undefined) return undefined;
  const node = nodeAt(sourceFile, diagnostic.start, diagnostic.start + (diagnostic.length ?? 0));
  if (!node) return undefined;
  const typeAt = (n: ts.Node): ts.Type => checker.getTypeAtLocation(n);
  const code = diagnostic.code;

  if (thisCodes.has(code)) {
    const access = node.parent;
    if (!access || !typescript.isPropertyAccessExpression(access) || access.expression !== node) return undefined;
    const call = access.parent;
    let expected: ModelType | undefined;
    if (call && typescript.isCallExpression(call) && call.expression === access) {
      const thisParameter = checker.getResolvedSignature(call)?.thisParameter;
      if (thisParameter) expected = model.describe(checker.getTypeOfSymbolAtLocation(thisParameter, call));
    }
    return { shape: 'this', member: access.name.text, actual: model.describe(typeAt(node)), expected };
  }

  if (memberCodes.has(code)) {
    const access = node.parent;
    if (!access || !typescript.isPropertyAccessExpression(access) || access.name !== node) return undefined;
    return { shape: 'member', member: access.name.text, actual: model.describe(typeAt(access.expression)) };
  }

  if (constructCodes.has(code)) {
    let construct: ts.Node | undefined = node;
    while (construct && !typescript.isNewExpression(construct)) construct = construct.parent;
    if (!construct || !typescript.isNewExpression(construct)) return undefined;
    const target = typescript.isPropertyAccessExpression(construct.expression) ? construct.expression.name : construct.expression;
    const symbol = checker.getSymbolAtLocation(target);
    const typeArguments = (construct.typeArguments ?? []).map((t) => checker.getTypeFromTypeNode(t));
    return { shape: 'construct', constructed: model.describeClass(symbol, typeArguments), className: symbol?.name ?? target.getText(sourceFile) };
  }

  if (assignCodes.has(code)) {
    const pair = assignmentTypes(checker, node);
    if (!pair) return undefined;
    return {
      shape: 'assign',
      actual: model.describe(pair.source),
      expected: model.describe(pair.target),
      ioctlHandler: model.isIoctlHandler(pair.target),
      literal: pair.sourceNode !== undefined && typescript.isObjectLiteralExpression(skipParentheses(pair.sourceNode)),
      callee: calleeOf(pair.sourceNode, sourceFile),
      target: pair.target === undefined ? 'context' : pair.kind,
    };
  }
  return undefined;
}

interface AssignmentTypes {
  readonly source: ts.Type;
  readonly target: ts.Type | undefined;
  readonly sourceNode: ts.Node | undefined;
  readonly kind: 'parameter' | 'declaration' | 'assignment' | 'cast' | 'context';
}

/** The value's type and the type required of it, for the node an assignability error is at. */
function assignmentTypes(checker: ts.TypeChecker, node: ts.Node): AssignmentTypes | undefined {
  const parent = node.parent;
  if (parent) {
    if (
      (typescript.isVariableDeclaration(parent) || typescript.isPropertyDeclaration(parent) || typescript.isParameter(parent)) &&
      parent.name === node &&
      parent.initializer
    ) {
      return { source: checker.getTypeAtLocation(parent.initializer), target: checker.getTypeAtLocation(node), sourceNode: parent.initializer, kind: 'declaration' };
    }
    if (typescript.isPropertyAssignment(parent) && parent.name === node) {
      return {
        source: checker.getTypeAtLocation(parent.initializer),
        target: checker.getContextualType(parent.initializer),
        sourceNode: parent.initializer,
        kind: 'declaration',
      };
    }
    if (typescript.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === typescript.SyntaxKind.EqualsToken) {
      return { source: checker.getTypeAtLocation(parent.right), target: checker.getTypeAtLocation(node), sourceNode: parent.right, kind: 'assignment' };
    }
  }
  if (typescript.isAsExpression(node) || typescript.isTypeAssertionExpression(node)) {
    return { source: checker.getTypeAtLocation(node.expression), target: checker.getTypeFromTypeNode(node.type), sourceNode: node.expression, kind: 'cast' };
  }
  if (typescript.isExpression(node)) {
    const isArgument = node.parent !== undefined && (typescript.isCallExpression(node.parent) || typescript.isNewExpression(node.parent)) && node.parent.arguments?.some((a) => a === node) === true;
    return { source: checker.getTypeAtLocation(node), target: checker.getContextualType(node), sourceNode: node, kind: isArgument ? 'parameter' : 'context' };
  }
  return undefined;
}

/** `drm.Registration.new` for an argument of `drm.Registration.new(…)`. */
function calleeOf(node: ts.Node | undefined, sourceFile: ts.SourceFile): string | undefined {
  const call = node?.parent;
  if (!node || !call || !(typescript.isCallExpression(call) || typescript.isNewExpression(call))) return undefined;
  if (!call.arguments?.some((argument) => argument === node)) return undefined;
  const text = call.expression.getText(sourceFile).replace(/\s+/g, '');
  return text.length <= 60 ? text : undefined;
}

function skipParentheses(node: ts.Node): ts.Node {
  let current = node;
  while (typescript.isParenthesizedExpression(current) || typescript.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/**
 * The innermost node whose span (without leading trivia) covers [start, end); walks down without
 * recursion, so depth does not matter.
 */
function nodeAt(sourceFile: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  let current: ts.Node | undefined = sourceFile;
  while (current) {
    found = current;
    let next: ts.Node | undefined;
    typescript.forEachChild(current, (child) => {
      if (next === undefined && child.getStart(sourceFile) <= start && child.end >= end) next = child;
      return undefined;
    });
    current = next;
  }
  return found === sourceFile ? undefined : found;
}
