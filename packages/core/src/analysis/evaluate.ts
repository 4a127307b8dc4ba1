import type * as ts from 'typescript';
import { propertyKey } from './bindings.js';
import { evalCall, evalNew } from './calls.js';
import { closureValue, declaredFunctionValue } from './closures.js';
import type { Interpreter } from './interpreter.js';
import { applyNarrowing, skipParens } from './narrowing.js';
import { checkUncheckedGuard } from './guard-checks.js';
import { notePathUses, noteUses } from './uses.js';
import { propertyValues, typedSource } from './properties.js';
import { State } from './state.js';
import { shorten } from './stores.js';
import { checkMutation } from './mutation.js';
import { castValues } from './casts.js';
import { elementsForSure, positionIndex, positionsOfItems, recordElements, recordPositions, valuesAtPosition } from './iteration.js';
import { addAll, addContent, createValue, isScoped, readContent, union, type AbstractValue } from './values.js';

/**
 * Whether an expression chooses between operands (`c ? g : undefined`, `a ?? b`, `a && b`): one
 * value it may evaluate to is not one it evaluates to for sure.
 */
function choosesBetweenOperands(tsm: Interpreter['ts'], e: ts.Expression): boolean {
  const inner = skipParens(tsm, e);
  return tsm.isConditionalExpression(inner) || tsm.isBinaryExpression(inner);
}

/** The abstract values an expression may evaluate to (empty: nothing tracked). */
export function evaluate(it: Interpreter, node: ts.Expression): AbstractValue[] {
  const tsm = it.ts;
  const k = tsm.SyntaxKind;
  switch (node.kind) {
    case k.Identifier:
      return readVariable(it, node as ts.Identifier);
    case k.ThisKeyword: {
      const frame = it.thisFrame();
      return frame ? [...(it.lookup(frame.thisKey) ?? [])] : [];
    }
    case k.PropertyAccessExpression: {
      const pa = node as ts.PropertyAccessExpression;
      const bases = it.eval(pa.expression);
      if (bases.length > 0) return readPart(it, bases, propertyValues(it, bases, pa.name.text, pa), pa);
      const typed = typedSource(it, pa);
      return typed ? [typed] : [];
    }
    case k.ElementAccessExpression: {
      const ea = node as ts.ElementAccessExpression;
      const bases = it.eval(ea.expression);
      it.eval(ea.argumentExpression);
      if (bases.length === 0) {
        const typed = typedSource(it, ea);
        return typed ? [typed] : [];
      }
      const arg = ea.argumentExpression;
      const key = tsm.isStringLiteral(arg) || tsm.isNumericLiteral(arg) ? arg.text : '*';
      // `t[0]` of a container whose positions are known reads what is at that index (iteration.ts).
      const index = positionIndex(key);
      const { values: atIndex, unknown } = index === undefined ? { values: [], unknown: bases } : valuesAtPosition(bases, index);
      const read = unknown.length > 0 ? union(atIndex, propertyValues(it, unknown, key, ea)) : atIndex;
      return readPart(it, bases, read, ea);
    }
    case k.CallExpression:
      return evalCall(it, node as ts.CallExpression);
    case k.NewExpression:
      return evalNew(it, node as ts.NewExpression);
    case k.ObjectLiteralExpression:
      return objectLiteral(it, node as ts.ObjectLiteralExpression);
    case k.ArrayLiteralExpression: {
      const arr = createValue({ kind: 'fresh', origin: node, description: 'the array created here' });
      // Each element that is one value is an element for sure, and so are those of a spread
      // container; each is at its index (iteration.ts).
      const forSure: AbstractValue[] = [];
      const items: Parameters<typeof positionsOfItems>[0][number][] = [];
      for (const e of (node as ts.ArrayLiteralExpression).elements) {
        if (tsm.isSpreadElement(e)) {
          const spread = it.eval(e.expression);
          addContent(arr, '*', it.elementsOf(spread));
          addAll(forSure, elementsForSure(spread));
          items.push({ spread });
        } else {
          const values = it.eval(e);
          addContent(arr, '*', values);
          if (values.length === 1 && !choosesBetweenOperands(tsm, e)) addAll(forSure, values);
          items.push({ element: values });
        }
      }
      recordElements(arr, forSure);
      recordPositions(arr, positionsOfItems(items));
      return [arr];
    }
    case k.ArrowFunction:
    case k.FunctionExpression:
      return [closureValue(it, node as ts.ArrowFunction | ts.FunctionExpression)];
    case k.ParenthesizedExpression:
    case k.SatisfiesExpression:
      return it.eval((node as ts.ParenthesizedExpression).expression);
    case k.AsExpression:
    case k.TypeAssertionExpression:
    case k.NonNullExpression: {
      const inner = it.eval((node as ts.AsExpression).expression);
      checkUncheckedGuard(it, node as ts.AsExpression | ts.NonNullExpression, inner);
      return node.kind === k.NonNullExpression ? inner : castValues(it, node as ts.AsExpression, inner);
    }
    case k.ConditionalExpression: {
      const c = node as ts.ConditionalExpression;
      it.eval(c.condition);
      const [t, f] = applyNarrowing(it, c.condition, it.state);
      it.state = t;
      const a = it.eval(c.whenTrue);
      const afterTrue = it.state;
      it.state = f;
      const b = it.eval(c.whenFalse);
      it.state = State.join([afterTrue, it.state]);
      return union(a, b);
    }
    case k.BinaryExpression:
      return binary(it, node as ts.BinaryExpression);
    case k.PrefixUnaryExpression:
    case k.PostfixUnaryExpression: {
      const u = node as ts.PrefixUnaryExpression;
      if (u.operator === k.PlusPlusToken || u.operator === k.MinusMinusToken) {
        checkMutation(it, u.operand, `\`${u.getText()}\` changes it`, u);
      }
      it.eval(u.operand);
      return [];
    }
    case k.DeleteExpression: {
      const d = node as ts.DeleteExpression;
      checkMutation(it, d.expression, `\`${d.getText()}\` deletes from it`, d);
      it.eval(d.expression);
      return [];
    }
    case k.TypeOfExpression:
    case k.VoidExpression:
      it.eval((node as ts.TypeOfExpression).expression);
      return [];
    case k.AwaitExpression: {
      const values = it.eval((node as ts.AwaitExpression).expression);
      if (!it.state.awaited) it.state.awaited = node;
      return union(values, ...values.map((v) => (v.kind === 'fresh' ? readContent(v, '*') : [])));
    }
    case k.YieldExpression: {
      const y = node as ts.YieldExpression;
      const values = y.expression ? it.eval(y.expression) : [];
      yieldEscapes(it, values, y);
      return [];
    }
    case k.TemplateExpression:
      for (const span of (node as ts.TemplateExpression).templateSpans) it.eval(span.expression);
      return [];
    case k.TaggedTemplateExpression: {
      const t = node as ts.TaggedTemplateExpression;
      it.eval(t.tag);
      if (tsm.isTemplateExpression(t.template)) for (const span of t.template.templateSpans) it.eval(span.expression);
      return [];
    }
    case k.SpreadElement:
      return it.eval((node as ts.SpreadElement).expression);
    case k.ClassExpression:
    case k.StringLiteral:
    case k.NumericLiteral:
    case k.BigIntLiteral:
    case k.NoSubstitutionTemplateLiteral:
    case k.RegularExpressionLiteral:
    case k.TrueKeyword:
    case k.FalseKeyword:
    case k.NullKeyword:
    case k.SuperKeyword:
    case k.MetaProperty:
      return [];
    default:
      tsm.forEachChild(node, (child) => {
        if (tsm.isExpression(child)) it.eval(child);
      });
      return [];
  }
}

/**
 * A read through an access path (`holder.udev`, `udevs[0]`) of what a container holds is a use of
 * the value read, as reading the variable that holds it is (access-paths.ts).
 */
function readPart(it: Interpreter, bases: readonly AbstractValue[], values: AbstractValue[], node: ts.Node): AbstractValue[] {
  if (values.length === 0) return values;
  // In a summary, a device read off a parameter (`slot.udev`) is a use of what the caller's argument holds there.
  if (it.mode === 'summary' && bases.some((b) => b.kind === 'param')) notePathUses(it, values, node);
  if (!bases.some((b) => b.kind === 'fresh' || b.kind === 'closure')) return values;
  // Values derived here (a property of a scoped value) are new; only what was stored is used again.
  const held = values.filter((v) => v.origin !== node);
  if (held.length > 0) noteUses(it, held, node);
  return values;
}

function readVariable(it: Interpreter, id: ts.Identifier): AbstractValue[] {
  if (!it.boundNames.has(id.text)) return declaredFunction(it, id);
  const symbol = it.ctx.checker.getSymbolAtLocation(id);
  if (!symbol) return [];
  const values = it.lookup(symbol);
  if (!values) return declaredFunction(it, id);
  if (values.length === 0) return [];
  noteUses(it, values, id);
  return [...values];
}

/**
 * A nested function declaration's name used as a value is a closure (closures.ts); a call of it by
 * name is resolved by its declaration (calls.ts).
 */
function declaredFunction(it: Interpreter, id: ts.Identifier): AbstractValue[] {
  const p = id.parent;
  if ((it.ts.isCallExpression(p) || it.ts.isNewExpression(p)) && p.expression === id) return [];
  const fn = declaredFunctionValue(it, id);
  return fn ? [fn] : [];
}

function objectLiteral(it: Interpreter, node: ts.ObjectLiteralExpression): AbstractValue[] {
  const tsm = it.ts;
  const obj = createValue({ kind: 'fresh', origin: node, description: 'the object created here' });
  for (const p of node.properties) {
    if (tsm.isPropertyAssignment(p)) {
      if (tsm.isComputedPropertyName(p.name)) it.eval(p.name.expression);
      addContent(obj, propertyKey(tsm, p.name), it.eval(p.initializer));
    } else if (tsm.isShorthandPropertyAssignment(p)) {
      const symbol = it.ctx.checker.getShorthandAssignmentValueSymbol(p);
      const values = symbol && it.boundNames.has(p.name.text) ? (it.lookup(symbol) ?? []) : [];
      if (values.length) noteUses(it, values, p.name);
      addContent(obj, p.name.text, values);
    } else if (tsm.isSpreadAssignment(p)) {
      const spread = it.eval(p.expression);
      for (const s of spread) {
        if (s.kind === 'fresh') for (const [key, values] of s.contents) addContent(obj, key, values);
      }
      const derived = propertyValues(
        it,
        spread.filter((s) => s.kind !== 'fresh'),
        undefined,
        p.expression,
      );
      addContent(obj, '*', derived);
    } else if (tsm.isMethodDeclaration(p) || tsm.isAccessor(p)) {
      addContent(obj, propertyKey(tsm, p.name), [closureValue(it, p)]);
    }
  }
  return [obj];
}

function binary(it: Interpreter, node: ts.BinaryExpression): AbstractValue[] {
  const tsm = it.ts;
  const k = tsm.SyntaxKind;
  const op = node.operatorToken.kind;
  if (op === k.EqualsToken) {
    const values = it.eval(node.right);
    it.assignTo(node.left, values, node);
    return values;
  }
  if (op === k.AmpersandAmpersandToken || op === k.BarBarToken || op === k.QuestionQuestionToken) {
    const left = it.eval(node.left);
    const [t, f] = applyNarrowing(it, node.left, it.state);
    const before = it.state;
    it.state = op === k.AmpersandAmpersandToken ? t : op === k.BarBarToken ? f : before.clone();
    const right = it.eval(node.right);
    it.state = State.join([op === k.AmpersandAmpersandToken ? f : op === k.BarBarToken ? t : before, it.state]);
    return union(left, right);
  }
  if (
    op === k.BarBarEqualsToken ||
    op === k.AmpersandAmpersandEqualsToken ||
    op === k.QuestionQuestionEqualsToken
  ) {
    // `a ??= b` is `a ?? (a = b)` (`||=`, `&&=` alike): only `b` is stored, on the path where the
    // test lets the store happen; the old value of `a` stays where it was. The expression's value
    // is the old value or `b`.
    const left = it.eval(node.left);
    const [t, f] = applyNarrowing(it, node.left, it.state);
    const before = it.state;
    const stores = op === k.AmpersandAmpersandEqualsToken ? t : op === k.BarBarEqualsToken ? f : before.clone();
    const skips = op === k.AmpersandAmpersandEqualsToken ? f : op === k.BarBarEqualsToken ? t : before;
    it.state = stores;
    const right = it.eval(node.right);
    it.assignTo(node.left, right, node);
    it.state = State.join([skips, it.state]);
    return union(left, right);
  }
  if (op >= k.FirstCompoundAssignment && op <= k.LastCompoundAssignment) {
    checkMutation(it, node.left, `\`${shorten(node.getText())}\` changes it`, node);
    it.eval(node.left);
    it.eval(node.right);
    return [];
  }
  if (op === k.CommaToken) {
    it.eval(node.left);
    return it.eval(node.right);
  }
  it.eval(node.left);
  it.eval(node.right);
  return [];
}

function yieldEscapes(it: Interpreter, values: AbstractValue[], node: ts.YieldExpression): void {
  for (const v of values) {
    if (isScoped(v)) {
      it.escape(v, node, 'it is yielded out of the generator', []);
    }
  }
}
