import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { describeRule, docsUrl, type EngineRuleId, type RuleId } from '@bindsafe/core';
import { analysisFor, claimUnresolvedReport, requireTypeInformation } from './engine-run.js';

export interface BindsafeDocs {
  readonly recommended: boolean;
  readonly requiresTypeChecking: true;
  readonly precision: string;
}

/** typescript-eslint's rule creator with bindsafe's docs URLs. */
export const createRule = ESLintUtils.RuleCreator<BindsafeDocs>((name) => docsUrl(name as RuleId));

/**
 * The message of the one report a file gets when its import of the model does not resolve (by
 * whichever bindsafe rule runs first on it): every engine rule declares it.
 */
const unresolvedMessageId = 'modelImportUnresolved';

/**
 * A rule that reports the engine's findings for its id: the rule holds no logic of its own, so
 * the ESLint plugin and `bindsafe analyze` cannot disagree.
 */
export function engineRule(id: EngineRuleId) {
  const description = describeRule(id);
  const hasSuggestions = (description.suggestionMessages?.length ?? 0) > 0;
  return createRule({
    name: id,
    meta: {
      type: 'problem',
      docs: {
        description: description.description,
        recommended: description.recommended,
        requiresTypeChecking: true,
        precision: description.precision,
      },
      messages: { ...description.messages, [unresolvedMessageId]: '{{message}}' } as Record<string, string>,
      schema: [],
      ...(hasSuggestions ? { hasSuggestions: true } : {}),
    },
    defaultOptions: [],
    create(context) {
      const anyContext = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
      requireTypeInformation(anyContext, id);
      return {
        Program() {
          const source = context.sourceCode;
          const analysis = analysisFor(anyContext);
          const unresolved = analysis.unresolvedModelImport;
          if (unresolved && claimUnresolvedReport(anyContext)) {
            context.report({
              loc: { start: source.getLocFromIndex(unresolved.span.start), end: source.getLocFromIndex(unresolved.span.end) },
              messageId: unresolvedMessageId,
              data: { message: unresolved.message.charAt(0).toUpperCase() + unresolved.message.slice(1) },
            });
          }
          for (const f of analysis.findings) {
            if (f.ruleId !== id) continue;
            context.report({
              loc: { start: source.getLocFromIndex(f.span.start), end: source.getLocFromIndex(f.span.end) },
              messageId: f.messageId,
              data: f.data,
              suggest: f.suggestions.map((s) => ({
                messageId: s.messageId,
                fix: (fixer: TSESLint.RuleFixer) => s.edits.map((e) => fixer.replaceTextRange([e.start, e.end], e.text)),
              })),
            });
          }
        },
      };
    },
  });
}
