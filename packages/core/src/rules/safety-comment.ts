import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { AnalysisContext } from '../analysis/context.js';
import type { Finding } from '../finding.js';
import { describeRule, formatMessage } from './catalogue.js';
import { indexedNodes } from '../program/syntax-index.js';
import { calleeNames, spelling, unsafeCallee } from './unsafe-callee.js';

const marker = 'SAFETY:';

/**
 * `require-safety-comment`: every call of an API whose declaration carries the unsafe JSDoc tag
 * (the model's own, or a user's; reached through any alias, see unsafe-callee.ts) needs a
 * `// SAFETY:` comment directly above it (above a line the call starts on — its first token's, or
 * its own link's in a multi-line chain — or above the statement it is in, with no blank line
 * between; for a call in a callback, also above the statement that writes the callback, see
 * `coveringComment`); a `// SAFETY:` comment that covers no unsafe call is reported on the comment.
 */
export function safetyCommentFindings(ctx: AnalysisContext, sf: ts.SourceFile, unsafeNames: ReadonlySet<string>): Finding[] {
  const tsm = ctx.ts;
  const calls: { node: ts.CallExpression | ts.NewExpression; name: ts.Identifier | ts.PrivateIdentifier; callee: string }[] = [];
  if (unsafeNames.size > 0) {
    const names = calleeNames(ctx, sf, unsafeNames);
    for (const n of indexedNodes(tsm, sf)) {
      if (!tsm.isCallExpression(n) && !tsm.isNewExpression(n)) continue;
      const nameNode = calleeNameNode(tsm, n.expression);
      if (nameNode && names.has(nameNode.text)) {
        const unsafe = unsafeCallee(ctx, nameNode);
        if (unsafe) calls.push({ node: n, name: nameNode, callee: unsafe });
      }
    }
  }

  const lines = sf.text.split(/\r?\n/);
  const comments = safetyComments(tsm, sf);
  const usedComments = new Set<number>();
  const findings: Finding[] = [];
  for (const { node, name, callee } of calls) {
    const found = coveringComment(tsm, sf, lines, comments, node);
    if (found !== undefined) {
      usedComments.add(found);
      continue;
    }
    // At the called name: for a method call, its member (`m` of `a.b.m()`, on its own line in a
    // chain), the place the missing justification is about; for a plain call, its first token.
    findings.push(finding(sf, node, 'missing', { callee }, name.getStart(sf), node.getEnd()));
  }
  for (const c of comments) {
    if (usedComments.has(c.pos)) continue;
    findings.push(finding(sf, sf, 'unused', {}, c.pos, c.end));
  }
  return findings;
}

/** The name a call calls: `f` of `f()`, `m` of `o.m()`, `#m` of `this.#m()` (a private name too). */
function calleeNameNode(tsm: TsModule, e: ts.Expression): ts.Identifier | ts.PrivateIdentifier | undefined {
  if (tsm.isIdentifier(e)) return e;
  if (tsm.isPropertyAccessExpression(e)) return e.name;
  return undefined;
}

interface CommentRange {
  readonly pos: number;
  readonly end: number;
  readonly line: number;
  readonly endLine: number;
}

/** Every comment in the file whose text contains the SAFETY marker. */
function safetyComments(tsm: TsModule, sf: ts.SourceFile): CommentRange[] {
  const out: CommentRange[] = [];
  const text = sf.text;
  const seen = new Set<number>();
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    const range = commentContaining(tsm, sf, at);
    if (!range || seen.has(range.pos)) continue;
    seen.add(range.pos);
    if (!/^(\/\/|\/\*+)\s*SAFETY:/.test(text.slice(range.pos, range.end))) continue;
    out.push({
      pos: range.pos,
      end: range.end,
      line: sf.getLineAndCharacterOfPosition(range.pos).line,
      endLine: sf.getLineAndCharacterOfPosition(range.end).line,
    });
  }
  return out;
}

/**
 * The comment that contains position `at`, if any. A comment is trivia in front of a token:
 * descend through the children that include tokens (`getChildren`, so a comment before a `.` of a
 * chain, a `,` or a `:` is reached too, JSDoc nodes left aside) to the innermost one whose extent
 * holds `at`, then look at the comments in front of it. (Unlike a fresh scanner, this stays right
 * inside template literals: there the innermost token is the literal, with no comment in front.)
 */
function commentContaining(tsm: TsModule, sf: ts.SourceFile, at: number): ts.CommentRange | undefined {
  let node: ts.Node = sf;
  for (;;) {
    const next = node.getChildren(sf).find((child) => !isJSDocNode(tsm, child) && child.pos <= at && at < child.end);
    if (!next) break;
    node = next;
  }
  const text = sf.text;
  for (const ranges of [tsm.getLeadingCommentRanges(text, node.pos), tsm.getTrailingCommentRanges(text, node.pos)]) {
    for (const r of ranges ?? []) if (r.pos <= at && at < r.end) return r;
  }
  return undefined;
}

function isJSDocNode(tsm: TsModule, node: ts.Node): boolean {
  return node.kind >= tsm.SyntaxKind.FirstJSDocNode && node.kind <= tsm.SyntaxKind.LastJSDocNode;
}

/**
 * A SAFETY comment that ends on the line above `line` (or earlier, across a run of comment-only
 * lines), or that stands on `line` itself before `start`.
 */
function commentAbove(lines: readonly string[], comments: readonly CommentRange[], line: number, start: number): number | undefined {
  const sameLine = comments.find((c) => c.endLine === line && c.end <= start);
  if (sameLine) return sameLine.pos;
  let l = line - 1;
  while (l >= 0) {
    const text = (lines[l] ?? '').trim();
    if (text === '') return undefined;
    const c = comments.find((r) => r.line <= l && r.endLine >= l);
    if (c) return c.pos;
    if (!(text.startsWith('//') || text.startsWith('/*') || text.startsWith('*') || text.endsWith('*/'))) return undefined;
    l--;
  }
  return undefined;
}

/**
 * The SAFETY comment that covers the unsafe call `call`, if any. Candidates, innermost first, the
 * first found counting: a comment directly above a line the call starts on (the line of its `.m`
 * link when it is a link of a multi-line chain, then the line of its first token), whatever
 * position the call has there (a statement, a chain link, an argument, an element, a property, a
 * branch); then a comment directly above its statement; when that statement is a direct statement
 * of the body of a callback (an arrow function or function expression), the same places for the
 * callback itself, outwards until a statement that is not in a callback's body. Function
 * declarations, methods, accessors and constructors are not crossed: their body is where their
 * own justification goes.
 */
function coveringComment(tsm: TsModule, sf: ts.SourceFile, lines: readonly string[], comments: readonly CommentRange[], call: ts.Node): number | undefined {
  for (let anchor: ts.Node | undefined = call; anchor; ) {
    const statement = enclosingStatement(tsm, anchor);
    const starts = anchor === call ? [...linkStart(tsm, sf, call), call.getStart(sf)] : [anchor.getStart(sf)];
    for (const start of [...starts, statement.getStart(sf)]) {
      const found = commentAbove(lines, comments, sf.getLineAndCharacterOfPosition(start).line, start);
      if (found !== undefined) return found;
    }
    anchor = callbackOfBody(tsm, statement);
  }
  return undefined;
}

/** Where the `.m` / `?.m` of a method call starts (the call's own link, in a chain), if it is one. */
function linkStart(tsm: TsModule, sf: ts.SourceFile, call: ts.Node): number[] {
  if (!tsm.isCallExpression(call) || !tsm.isPropertyAccessExpression(call.expression)) return [];
  const dot = call.expression.getChildren(sf).find((c) => c.kind === tsm.SyntaxKind.DotToken || c.kind === tsm.SyntaxKind.QuestionDotToken);
  return dot ? [dot.getStart(sf)] : [];
}

/** The arrow function or function expression whose block body directly holds `statement`. */
function callbackOfBody(tsm: TsModule, statement: ts.Node): ts.Node | undefined {
  const block = statement.parent;
  if (!block || !tsm.isBlock(block)) return undefined;
  const fn = block.parent;
  return fn && (tsm.isArrowFunction(fn) || tsm.isFunctionExpression(fn)) && fn.body === block ? fn : undefined;
}

/**
 * The statement `node` is in: the outermost ancestor below a block, a class body or the file. An
 * object literal is part of its statement (a property is no statement), so the comment above the
 * statement covers a call in a property value on a later line, at any depth; a method's or a
 * function expression's braced body is a block, where the walk stops.
 */
function enclosingStatement(tsm: TsModule, node: ts.Node): ts.Node {
  let n: ts.Node = node;
  while (n.parent && !tsm.isSourceFile(n.parent) && !tsm.isBlock(n.parent) && !tsm.isClassLike(n.parent)) {
    n = n.parent;
  }
  return n;
}

function finding(sf: ts.SourceFile, node: ts.Node, messageId: 'missing' | 'unused', data: Record<string, string>, start: number, end: number): Finding {
  const template = describeRule('require-safety-comment').messages[messageId] ?? messageId;
  return {
    ruleId: 'require-safety-comment',
    messageId,
    message: formatMessage(template, data),
    data,
    node,
    span: { fileName: sf.fileName, start, end },
    related: [],
    flow: [],
    suggestions: [],
  };
}

/**
 * Names of every declaration carrying the unsafe tag, in the model and in the user's files — a
 * function, a method (a private `#m` too), or a variable or class/object property whose
 * declaration is tagged — closed under the aliases written anywhere in the program (`aliasNames`).
 */
export function collectUnsafeNames(ctx: AnalysisContext): Set<string> {
  const tsm = ctx.ts;
  const tag = `@${ctx.model.spec.unsafeTag}`;
  const names = new Set<string>();
  for (const sf of ctx.program.getSourceFiles()) {
    if (!sf.text.includes(tag)) continue;
    if (ctx.program.isSourceFileDefaultLibrary(sf)) continue;
    for (const n of indexedNodes(tsm, sf)) {
      if (tsm.isFunctionDeclaration(n) || tsm.isMethodDeclaration(n) || tsm.isMethodSignature(n) || tsm.isFunctionExpression(n) || tsm.isPropertyDeclaration(n) || tsm.isPropertyAssignment(n)) {
        const name = declaredName(tsm, n.name);
        if (name !== undefined && ctx.isUnsafeDeclaration(n)) names.add(name);
      } else if (tsm.isVariableDeclaration(n) && tsm.isIdentifier(n.name) && ctx.isUnsafeDeclaration(n)) {
        names.add(n.name.text);
      }
    }
  }
  if (names.size > 0) aliasNames(ctx, names);
  return names;
}

function declaredName(tsm: TsModule, name: ts.Node | undefined): string | undefined {
  return name && (tsm.isIdentifier(name) || tsm.isPrivateIdentifier(name) || tsm.isStringLiteral(name)) ? name.text : undefined;
}

/**
 * Adds to `names` the names under which another file may reach an unsafe function without an
 * import of its own name: a property of an object literal or a class that holds it
 * (`export const ops = { report: reportBound }`, then `ops.report(…)` or
 * `const { report } = ops` elsewhere), followed through chains of such properties. Only a
 * spelling filter: the callee is still resolved by the checker (unsafe-callee.ts).
 */
function aliasNames(ctx: AnalysisContext, names: Set<string>): void {
  const tsm = ctx.ts;
  const edges: { alias: string; of: string }[] = [];
  const files = ctx.program.getSourceFiles().filter((sf) => !ctx.program.isSourceFileDefaultLibrary(sf) && !ctx.program.isSourceFileFromExternalLibrary(sf));
  const walked = new Set<ts.SourceFile>();
  // Only a file whose text spells a name already known can hold a property aliasing it: walk
  // those, then the files spelling the names that adds, until no name is added.
  for (let frontier = [...names]; frontier.length > 0; ) {
    for (const sf of files) {
      if (walked.has(sf) || !frontier.some((name) => sf.text.includes(name))) continue;
      walked.add(sf);
      for (const n of indexedNodes(tsm, sf)) {
        if ((tsm.isPropertyAssignment(n) || tsm.isPropertyDeclaration(n)) && n.initializer) {
          const alias = declaredName(tsm, n.name);
          const of = spelling(tsm, n.initializer);
          if (alias !== undefined && of !== undefined && alias !== of) edges.push({ alias, of });
        }
      }
    }
    const added: string[] = [];
    for (let grew = true; grew; ) {
      grew = false;
      for (const { alias, of } of edges) {
        if (names.has(of) && !names.has(alias)) {
          names.add(alias);
          added.push(alias);
          grew = true;
        }
      }
    }
    frontier = added;
  }
}
