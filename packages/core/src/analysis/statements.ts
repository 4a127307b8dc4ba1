import type * as ts from 'typescript';
import { complete, execTry, runLabelled, runLoop, runSwitch } from './completions.js';
import { declareUsing } from './disposal.js';
import type { LoopShape } from './frames.js';
import type { Interpreter } from './interpreter.js';
import type { AbstractValue } from './values.js';
import { elementsForSure } from './iteration.js';
import { dropAll } from './model-calls.js';
import { applyNarrowing } from './narrowing.js';
import { State } from './state.js';

/**
 * `return c ? a : b` is `if (c) return a; else return b;`: each branch is its own exit, returning
 * only its own operand (what one exit hands on, another does not: obligations.ts).
 */
function returnExpression(it: Interpreter, expr: ts.Expression, node: ts.ReturnStatement): void {
  const tsm = it.ts;
  let inner = expr;
  while (tsm.isParenthesizedExpression(inner)) inner = inner.expression;
  if (!tsm.isConditionalExpression(inner)) {
    it.returnValues(it.eval(expr), node);
    return;
  }
  it.eval(inner.condition);
  const [whenTrue, whenFalse] = applyNarrowing(it, inner.condition, it.state);
  it.state = whenTrue;
  returnExpression(it, inner.whenTrue, node);
  it.state = whenFalse;
  returnExpression(it, inner.whenFalse, node);
}

/**
 * Statements: what each kind of statement does to the state. Branches fork the state and join it
 * after them (`if`, `switch`), loops and labelled statements run as targets of the abrupt
 * completions that leave them (completions.ts), `using` declarations hand what they hold to the
 * enclosing block's disposals (disposal.ts). Declarations of functions and classes do nothing
 * here: they are interpreted when called (or as roots). Nested statements recurse here directly
 * (not through `it.exec`), so a level of nesting costs as many JavaScript frames as it always did.
 */
export function execStatement(it: Interpreter, node: ts.Statement): void {
  const tsm = it.ts;
  if (tsm.isBlock(node)) return it.execBlock(node);
  if (tsm.isVariableStatement(node)) return execDeclarations(it, node.declarationList);
  if (tsm.isExpressionStatement(node)) {
    it.eval(node.expression);
    return;
  }
  if (tsm.isIfStatement(node)) return execIf(it, node);
  if (tsm.isReturnStatement(node)) {
    if (node.expression) returnExpression(it, node.expression, node);
    else it.returnValues([], node);
    return;
  }
  if (tsm.isThrowStatement(node)) {
    it.eval(node.expression);
    complete(it, { kind: 'throw' });
    return;
  }
  if (tsm.isTryStatement(node)) return execTry(it, node);
  if (tsm.isSwitchStatement(node)) return execSwitch(it, node);
  if (tsm.isLabeledStatement(node)) return execLabelled(it, node);
  if (tsm.isBreakStatement(node) || tsm.isContinueStatement(node)) {
    complete(it, { kind: tsm.isBreakStatement(node) ? 'break' : 'continue', label: node.label?.text });
    return;
  }
  execLoop(it, node, []);
}

/** `a: b: statement`: a loop gets the labels, any other statement becomes a `break` target. */
function execLabelled(it: Interpreter, node: ts.LabeledStatement): void {
  const labels = [node.label.text];
  let statement = node.statement;
  while (it.ts.isLabeledStatement(statement)) {
    labels.push(statement.label.text);
    statement = statement.statement;
  }
  if (execLoop(it, statement, labels)) return;
  runLabelled(it, labels, () => execStatement(it, statement));
}

/** Runs `node` if it is a loop (with `labels`); whether it was. */
function execLoop(it: Interpreter, node: ts.Statement, labels: readonly string[]): boolean {
  const tsm = it.ts;
  if (tsm.isForOfStatement(node) || tsm.isForInStatement(node)) {
    execForEach(it, node, labels);
    return true;
  }
  if (tsm.isForStatement(node)) {
    if (node.initializer) {
      if (tsm.isVariableDeclarationList(node.initializer)) execDeclarations(it, node.initializer);
      else it.eval(node.initializer);
    }
    runLoop(it, labels, loopShape(tsm, node.condition, 'test-first'), () => {
      if (node.condition) it.eval(node.condition);
      execStatement(it, node.statement);
      if (node.incrementor && !it.state.dead) it.eval(node.incrementor);
    });
    return true;
  }
  if (tsm.isWhileStatement(node) || tsm.isDoStatement(node)) {
    const doWhile = tsm.isDoStatement(node);
    runLoop(it, labels, loopShape(tsm, node.expression, doWhile ? 'test-last' : 'test-first'), () => {
      if (!doWhile) it.eval(node.expression);
      execStatement(it, node.statement);
      if (doWhile && !it.state.dead) it.eval(node.expression);
    });
    return true;
  }
  return false;
}

/** How a loop whose test is `test` can end without `break` (`while (true)` cannot). */
function loopShape(tsm: Interpreter['ts'], test: ts.Expression | undefined, shape: LoopShape): LoopShape {
  return test === undefined || test.kind === tsm.SyntaxKind.TrueKeyword ? 'no-test' : shape;
}

function execDeclarations(it: Interpreter, list: ts.VariableDeclarationList): void {
  const using = (list.flags & it.ts.NodeFlags.Using) !== 0;
  for (const d of list.declarations) {
    const values = d.initializer ? it.eval(d.initializer) : [];
    if (using) declareUsing(it, values, d);
    it.bind(d.name, values);
  }
}

function execIf(it: Interpreter, node: ts.IfStatement): void {
  it.eval(node.expression);
  const [whenTrue, whenFalse] = applyNarrowing(it, node.expression, it.state);
  it.state = whenTrue;
  execStatement(it, node.thenStatement);
  const afterThen = it.state;
  it.state = whenFalse;
  if (node.elseStatement) execStatement(it, node.elseStatement);
  it.state = State.join([afterThen, it.state]);
}

function execForEach(it: Interpreter, node: ts.ForOfStatement | ts.ForInStatement, labels: readonly string[]): void {
  const tsm = it.ts;
  const source = it.eval(node.expression);
  const elements = tsm.isForOfStatement(node) ? it.elementsOf(source) : [];
  const awaits = tsm.isForOfStatement(node) ? node.awaitModifier : undefined;
  // Each iteration binds the next element, in general another value than the previous
  // iteration's: what an iteration moved, released or dropped of its element does not hold of the
  // next one's (a value moved before the loop stays moved; one kept in an outer variable and used
  // after the loop is still the value the last iteration moved).
  const before = it.state.clone();
  const renewed = [...new Set(elements.flatMap((e) => [e, e.root]))];
  // A loop over a container that holds some elements for sure runs at least once, and when it
  // ends it has bound each of them (iteration.ts): what every iteration did to its element holds
  // of all of them. A path that leaves it early has bound only some: of several elements, what an
  // iteration released or dropped of its own is not known of the others. (A `return` or `throw`
  // in the body still takes what the iteration did to its element as done to all of them.)
  const shape = elementsForSure(source).length > 0 ? 'test-last' : 'test-first';
  const leave = renewed.length > 1 ? (s: State) => s.restoreMustFacts(renewed, before) : undefined;
  runLoop(it, labels, tsm.isForOfStatement(node) ? shape : 'test-first', () => {
    it.state.restoreFacts(renewed, before);
    // `for await` awaits the next element before every iteration.
    if (awaits && !it.state.awaited) it.state.awaited = awaits;
    if (tsm.isVariableDeclarationList(node.initializer)) {
      for (const d of node.initializer.declarations) it.bind(d.name, [...elements]);
    } else {
      it.assignTo(node.initializer, elements, node);
    }
    execStatement(it, node.statement);
  }, leave, (none, iterationEnds) => dropsOfEveryElement(it, elements, none, iterationEnds, node));
}

/**
 * `for (const c of this.#children) void c.drop();`, in a summary, drops every element of what the
 * field holds: an element every iteration drops is dropped on the path that runs none too (there
 * is no element it leaves), so after the loop each element is dropped, however many there are.
 */
function dropsOfEveryElement(it: Interpreter, elements: readonly AbstractValue[], none: State, iterationEnds: readonly State[], node: ts.Node): void {
  if (iterationEnds.length === 0) return;
  // Only a parameter's stand-in: it denotes whatever the container holds. A registration element
  // of a local container may be one it holds on some paths only (`if (ok) regs.push(reg)`).
  const dropped = elements.filter((e) => e.kind === 'param' && !none.droppedAt(e) && iterationEnds.every((s) => s.droppedAt(e)));
  if (dropped.length === 0) return;
  const current = it.state;
  it.state = none;
  try {
    dropAll(it, dropped, node);
  } finally {
    it.state = current;
  }
}

function execSwitch(it: Interpreter, node: ts.SwitchStatement): void {
  it.eval(node.expression);
  const entry = it.state.clone();
  runSwitch(it, (target) => {
    let fallthrough: State | undefined;
    let hasDefault = false;
    for (const clause of node.caseBlock.clauses) {
      if (it.ts.isDefaultClause(clause)) hasDefault = true;
      else it.eval(clause.expression);
      it.state = fallthrough && !fallthrough.dead ? State.join([entry, fallthrough]) : entry.clone();
      it.execStatements(clause.statements);
      fallthrough = it.state;
    }
    const ends = [...target.breaks];
    if (fallthrough) ends.push(fallthrough);
    // Without a `default`, no case may match, unless the cases cover every value the tested
    // expression's type allows (as the checker takes it: an exhaustive switch over a union of
    // literals has no path past its cases).
    if (!hasDefault && !coversEveryValue(it, node)) ends.push(entry);
    it.state = State.join(ends);
  });
}

/**
 * Whether the cases of a switch without `default` name every value of the tested expression's
 * type: a union of literal types (string, number and enum literals, `true`/`false`, `undefined`,
 * `null`), each matched by a case whose expression has that literal type. Asked only of a switch
 * without `default`.
 */
function coversEveryValue(it: Interpreter, node: ts.SwitchStatement): boolean {
  const checker = it.ctx.checker;
  const f = it.ts.TypeFlags;
  const unit = f.StringLiteral | f.NumberLiteral | f.EnumLiteral | f.BooleanLiteral | f.Undefined | f.Null;
  const type = checker.getTypeAtLocation(node.expression);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.length === 0 || !parts.every((t) => (t.flags & unit) !== 0)) return false;
  const keyOf = (t: ts.Type): string => (t.isLiteral() ? `${typeof t.value}:${String(t.value)}` : checker.typeToString(t));
  const covered = new Set<string>();
  for (const clause of node.caseBlock.clauses) {
    if (!it.ts.isCaseClause(clause)) continue;
    const caseType = checker.getTypeAtLocation(clause.expression);
    for (const t of caseType.isUnion() ? caseType.types : [caseType]) covered.add(keyOf(t));
  }
  return parts.every((t) => covered.has(keyOf(t)));
}
