import { describeRule } from '@bindsafe/core';
import { analyze, type AnalyzeOptions } from './analyze.js';
import { compareStrings } from './result.js';

/** A finding reduced to what two front ends can agree on. */
export interface FindingRecord {
  readonly ruleId: string;
  /** Repo-relative POSIX path (see `root`). */
  readonly file: string;
  /** 1-based, like ESLint. */
  readonly line: number;
  readonly column: number;
}

export interface FindingRecordOptions extends Pick<AnalyzeOptions, 'cwd' | 'root' | 'files' | 'rules' | 'config' | 'engine'> {
  /** Only rules the ESLint plugin also reports (`inEslint` in the catalogue; leaves out `type-contract`). */
  readonly eslintRulesOnly?: boolean;
}

/**
 * Runs the analyzer on one tsconfig and returns its findings as sorted plain records, for
 * agreement tests against ESLint and snapshot tests on fixtures. Unlike the CLI, the config file
 * is ignored unless `config` is given (built-in severities: every recommended rule on).
 */
export async function findingRecords(tsconfig: string, options: FindingRecordOptions = {}): Promise<FindingRecord[]> {
  const { eslintRulesOnly = false, ...rest } = options;
  const result = await analyze({ config: false, ...rest, project: tsconfig });
  return result.findings
    .filter((f) => !eslintRulesOnly || describeRule(f.ruleId).inEslint)
    .map((f) => ({ ruleId: f.ruleId, file: f.location.file, line: f.location.line, column: f.location.column }))
    .sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId));
}
