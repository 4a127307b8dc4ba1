import type { TSESTree } from '@typescript-eslint/utils';
import { describeRule } from '@bindsafe/core';
import { createRule } from '../create-rule.js';

const directive = /^\s*eslint-disable(?:-next-line|-line)?(?:\s+(?<rules>[^]*?))?\s*$/;

/**
 * `bindsafe/suppression`: a directive that disables a bindsafe rule must say why, after ` -- `.
 * (Directives that suppress nothing are ESLint's own `reportUnusedDisableDirectives`, which the
 * recommended config turns on.)
 */
export default createRule({
  name: 'suppression',
  meta: {
    type: 'suggestion',
    docs: {
      description: describeRule('suppression').description,
      recommended: true,
      requiresTypeChecking: true,
      precision: describeRule('suppression').precision,
    },
    messages: { missingReason: describeRule('suppression').messages['missingReason'] ?? '' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const [body, reason] = splitReason(comment.value);
          const match = directive.exec(body);
          if (!match) continue;
          const rules = (match.groups?.['rules'] ?? '')
            .split(',')
            .map((r) => r.trim())
            .filter((r) => r.startsWith('bindsafe/'));
          if (rules.length === 0 || (reason !== undefined && reason.trim() !== '')) continue;
          report(comment, rules);
        }
        function report(comment: TSESTree.Comment, rules: string[]): void {
          context.report({ loc: comment.loc, messageId: 'missingReason', data: { rules: rules.join(', ') } });
        }
      },
    };
  },
});

/**
 * `rule -- reason` → [`rule`, `reason`]; the reason is undefined without a separator. The
 * separator is ESLint's own (two or more dashes between whitespace, so ` --- ` counts), the one
 * `bindsafe analyze` uses too.
 */
function splitReason(value: string): [string, string | undefined] {
  const separator = /\s-{2,}\s/.exec(value);
  if (!separator) return [value, undefined];
  return [value.slice(0, separator.index), value.slice(separator.index + separator[0].length)];
}
