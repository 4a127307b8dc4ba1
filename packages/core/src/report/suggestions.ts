import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';
import type { Suggestion } from '../finding.js';
import { describeRule } from '../rules/catalogue.js';

/**
 * Suggestions offered where they are safe (never applied silently):
 * - a guard held in `const`/`let` that is never released: declare it with `using`;
 * - a device stored where a handle is enough: store `.toNormal()`.
 */
export function suggestionsFor(tsm: TsModule, kind: 'notReleased' | 'stored', node: ts.Node, checker?: ts.TypeChecker): Suggestion[] {
  if (kind === 'notReleased') return useUsing(tsm, node);
  return checker ? useToNormal(tsm, node, checker) : [];
}

function useUsing(tsm: TsModule, call: ts.Node): Suggestion[] {
  let n: ts.Node = call;
  while (tsm.isParenthesizedExpression(n.parent) || tsm.isNonNullExpression(n.parent)) n = n.parent;
  const decl = n.parent;
  if (!tsm.isVariableDeclaration(decl) || decl.initializer !== n || !tsm.isIdentifier(decl.name)) return [];
  const list = decl.parent;
  if (!tsm.isVariableDeclarationList(list) || list.declarations.length !== 1) return [];
  if (list.flags & tsm.NodeFlags.Using) return [];
  if (!tsm.isVariableStatement(list.parent) || !tsm.isBlock(list.parent.parent)) return [];
  const name = decl.name.text;
  const block = list.parent.parent;
  if (new RegExp(`\\b${name}\\s*\\??\\.\\s*release\\s*\\(`).test(block.getText())) return [];
  const sf = call.getSourceFile();
  const keywordStart = list.getStart(sf);
  const keyword = sf.text.startsWith('const', keywordStart) ? 'const' : sf.text.startsWith('let', keywordStart) ? 'let' : undefined;
  if (!keyword) return [];
  return [
    {
      messageId: 'useUsing',
      message: describeRule('no-leaked-unbind-guard').messages.useUsing ?? 'Use `using`.',
      edits: [{ start: keywordStart, end: keywordStart + keyword.length, text: 'using' }],
    },
  ];
}

function useToNormal(tsm: TsModule, sink: ts.Node, checker: ts.TypeChecker): Suggestion[] {
  let value: ts.Expression | undefined;
  if (tsm.isBinaryExpression(sink) && sink.operatorToken.kind === tsm.SyntaxKind.EqualsToken) value = sink.right;
  else if (tsm.isCallExpression(sink)) {
    const candidates = sink.arguments.filter((a) => checker.getTypeAtLocation(a).getProperty('toNormal'));
    if (candidates.length === 1) value = candidates[0];
  }
  if (!value) return [];
  const type = checker.getTypeAtLocation(value);
  const toNormal = type.getProperty('toNormal');
  if (!toNormal) return [];
  // Only where a handle fits the place it is stored in.
  const expected = checker.getContextualType(value);
  if (expected && !(expected.flags & tsm.TypeFlags.Any)) {
    const handle = checker.getTypeOfSymbolAtLocation(toNormal, value).getCallSignatures()[0]?.getReturnType();
    if (!handle || !checker.isTypeAssignableTo(handle, expected)) return [];
  }
  const sf = sink.getSourceFile();
  const simple = tsm.isIdentifier(value) || tsm.isPropertyAccessExpression(value) || tsm.isCallExpression(value);
  const edits = simple
    ? [{ start: value.getEnd(), end: value.getEnd(), text: '.toNormal()' }]
    : [
        { start: value.getStart(sf), end: value.getStart(sf), text: '(' },
        { start: value.getEnd(), end: value.getEnd(), text: ').toNormal()' },
      ];
  return [
    {
      messageId: 'useToNormal',
      message: describeRule('no-stored-bound-device').messages.useToNormal ?? 'Use `toNormal()`.',
      edits,
    },
  ];
}
