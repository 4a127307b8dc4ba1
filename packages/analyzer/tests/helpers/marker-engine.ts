import type { Engine, EngineOptions, Finding, RuleId } from '@bindsafe/core';
import { formatMessage, isRuleId } from '@bindsafe/core';
import type { EngineFactory } from '../../src/analysis/engine-factory.js';

/**
 * A stand-in for the engine, driven by markers in the source: `/*@<rule-id>*\/ expr` gives a
 * finding of that rule on `expr` (up to `;`, `,`, `)` or the line end). A file reaches the model
 * when it mentions `@bindsafe/kernel` or `reaches-model`. `options` records what each program's
 * engine was created with.
 */
export interface MarkerEngine {
  readonly factory: EngineFactory;
  readonly options: EngineOptions[];
  readonly analysed: string[];
}

const marker = /\/\*@([a-z-]+)\*\/\s*/g;

export function markerEngine(overrides: { throwFor?: RegExp; diagnosticsFor?: RegExp } = {}): MarkerEngine {
  const options: EngineOptions[] = [];
  const analysed: string[] = [];
  const factory: EngineFactory = (_ts, _program, engineOptions) => {
    options.push(engineOptions);
    const engine: Engine = {
      analyzeFile(sourceFile) {
        analysed.push(sourceFile.fileName);
        if (overrides.throwFor?.test(sourceFile.fileName)) throw new RangeError('Maximum call stack size exceeded');
        const text = sourceFile.text;
        const findings: Finding[] = [];
        for (const match of text.matchAll(marker)) {
          const ruleId = match[1] as string;
          if (!isRuleId(ruleId)) continue;
          const start = (match.index ?? 0) + match[0].length;
          const end = start + (/^[^;,)\n]*/.exec(text.slice(start))?.[0].trimEnd().length ?? 0);
          const data = { value: text.slice(start, end) };
          findings.push({
            ruleId: ruleId as RuleId,
            messageId: 'marker',
            message: formatMessage('{{value}} breaks ' + ruleId + '.', data),
            data,
            node: sourceFile,
            span: { fileName: sourceFile.fileName, start, end },
            related: [],
            flow: [],
            suggestions: [],
          });
        }
        return {
          findings,
          diagnostics: overrides.diagnosticsFor?.test(sourceFile.fileName)
            ? [{ fileName: sourceFile.fileName, message: 'could not follow a value through eval' }]
            : [],
          reachesModel: text.includes('@bindsafe/kernel') || text.includes('reaches-model'),
        };
      },
    };
    return engine;
  };
  return { factory, options, analysed };
}
