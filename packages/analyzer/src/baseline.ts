import { BindsafeError } from './errors.js';
import { readRegularText, writeTextFile } from './files.js';
import { parseJson } from './json-text.js';
import { toRepoPath } from './repo-path.js';
import { compareStrings, type ReportedFinding } from './result.js';

export const defaultBaselineFile = 'bindsafe-baseline.json';

/**
 * The baseline file: the fingerprints of findings accepted for now. Entries keep the rule, file
 * and message so a reviewer can read a diff of it; only `fingerprint` is used for matching.
 */
export interface BaselineFile {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
}

/** The fingerprints of a baseline: findings carrying one of them are not reported. */
export type Baseline = ReadonlySet<string>;

export function baselineOf(findings: readonly ReportedFinding[]): BaselineFile {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file, message: f.message }))
    .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.fingerprint, b.fingerprint));
  return { version: 1, findings: entries };
}

export function writeBaseline(file: string, baseline: BaselineFile, root: string): void {
  writeTextFile(file, `${JSON.stringify(baseline, null, 2)}\n`, `cannot write baseline ${toRepoPath(root, file)}`);
}

export function readBaseline(file: string, root: string): Baseline {
  const shown = toRepoPath(root, file);
  let text: string;
  try {
    text = readRegularText(file);
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    throw new BindsafeError(
      missing
        ? `baseline ${shown} does not exist (create it with --update-baseline)`
        : `cannot read baseline ${shown}: ${(error as Error).message}`,
    );
  }
  const parsed = parseJson(text);
  if ('problem' in parsed) throw new BindsafeError(`baseline ${shown} is not valid JSON: ${parsed.problem}`);
  const value = parsed.value;
  const findings = (value as { findings?: unknown } | null)?.findings;
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings)) {
    throw new BindsafeError(`baseline ${shown} is not a bindsafe baseline (expected { "version": 1, "findings": [...] })`);
  }
  const fingerprints = new Set<string>();
  for (const [i, entry] of findings.entries()) {
    const fp = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string') throw new BindsafeError(`baseline ${shown}: findings[${i}].fingerprint must be a string`);
    fingerprints.add(fp);
  }
  return fingerprints;
}
