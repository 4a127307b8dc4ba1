import { describeRule, formatMessage } from '@bindsafe/core';
import type { ts } from 'ts-morph';
import type { RawFinding } from '../analysis/raw-finding.js';
import { oneLine } from '../errors.js';
import { typescript } from '../project/ts-morph-runtime.js';
import { diagnosticFacts, isConsideredCode } from './diagnostic-facts.js';
import { ModelTypes } from './model-types.js';
import { reword } from './rewordings.js';

/** The rule's message template: the finding names the binding rule, then tsc's own message. */
const typeContractTemplate = describeRule('type-contract').messages['typeContract'] ?? '{{rule}}';

/** Finds `type-contract` findings in one file (only ever asked for files that reach the model). */
export interface TypeContractChecker {
  check(sourceFile: ts.SourceFile): RawFinding[];
}

/**
 * `type-contract`: the tsc errors of a file that involve the model's types, each reworded as the
 * binding rule it breaks, with the TS code and tsc's own message kept. The program's checker and
 * the model lookup are created on first use, so a run without model files pays nothing.
 */
export function createTypeContractChecker(program: ts.Program): TypeContractChecker {
  let state: { checker: ts.TypeChecker; model: ModelTypes } | undefined;
  return {
    check(sourceFile) {
      const diagnostics = program
        .getSemanticDiagnostics(sourceFile)
        .filter((d) => d.category === typescript.DiagnosticCategory.Error && d.file === sourceFile && isConsideredCode(d.code));
      if (diagnostics.length === 0) return [];
      if (!state) {
        const checker = program.getTypeChecker();
        state = { checker, model: new ModelTypes(checker) };
      }
      const findings: RawFinding[] = [];
      for (const diagnostic of diagnostics) {
        const facts = diagnosticFacts(state.checker, state.model, sourceFile, diagnostic);
        const rewording = facts && reword(facts);
        if (!rewording || diagnostic.start === undefined) continue;
        const data = {
          rule: rewording.rule,
          code: String(diagnostic.code),
          tsMessage: tscMessage(diagnostic),
          contract: rewording.item,
        };
        findings.push({
          ruleId: 'type-contract',
          messageId: 'typeContract',
          message: formatMessage(typeContractTemplate, data),
          data,
          start: diagnostic.start,
          end: diagnostic.start + (diagnostic.length ?? 0),
          related: [],
          flow: [],
          suggestions: [],
        });
      }
      return findings;
    },
  };
}

const maxMessageLength = 240;

/**
 * tsc's headline for the error, on one line, without the `import("/abs/path").` qualifiers it
 * adds when two types share a name (they would make messages differ between machines).
 */
function tscMessage(diagnostic: ts.Diagnostic): string {
  const head = typeof diagnostic.messageText === 'string' ? diagnostic.messageText : diagnostic.messageText.messageText;
  const text = oneLine(head.replace(/import\("[^"]*"(?:, \{ with: \{ "resolution-mode": "(?:import|require)" \} \})?\)\./g, ''));
  return text.length > maxMessageLength ? `${text.slice(0, maxMessageLength - 1)}…` : text;
}
