import * as path from 'node:path';
import { analyze, describeDiagnostic } from '../analyze.js';
import { baselineOf, defaultBaselineFile, writeBaseline } from '../baseline.js';
import { checkWritableFile, writeTextFile } from '../files.js';
import { colourEnabled } from '../reporters/colour.js';
import { formatReport } from '../reporters/index.js';
import { plural } from '../reporters/summary.js';
import { narrowResult } from '../report-selection.js';
import { displayPath, toPosix, toRepoPath } from '../repo-path.js';
import type { AnalyzeResult } from '../result.js';
import { toolVersion } from '../version.js';
import type { AnalyzeCommand } from './arguments.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';

/**
 * `bindsafe analyze`: runs the analysis, prints one stderr line per diagnostic, writes the report
 * and returns the exit code (0 or 1; problems that stop the run throw `BindsafeError`, exit 2).
 */
export async function runAnalyze(command: AnalyzeCommand, io: CliIo): Promise<number> {
  // Where the run will write, checked before it starts: a long analysis should not end in a refusal.
  const outputFile = command.output === undefined ? undefined : path.resolve(io.cwd, command.output);
  if (outputFile !== undefined) checkWritableFile(outputFile, `cannot write --output ${command.output}`);
  const baselineFile = command.updateBaseline ? path.resolve(io.cwd, command.baseline ?? defaultBaselineFile) : undefined;
  if (baselineFile !== undefined) checkWritableFile(baselineFile, `cannot write baseline ${command.baseline ?? defaultBaselineFile}`);
  const progress = createProgress(io, command.progress);
  const common = {
    cwd: io.cwd,
    files: command.paths,
    project: command.projects,
    rules: command.rules,
    onProgress: (done: number, total: number, phase: 'loading' | 'analysing') => progress.update(done, total, phase),
    ...(io.engine ? { engine: io.engine } : {}),
  };
  let result: AnalyzeResult;
  try {
    if (baselineFile !== undefined) {
      const all = await analyze(common);
      const baseline = baselineOf(all.findings);
      writeBaseline(baselineFile, baseline, all.root);
      result = narrowResult(all, { baseline: new Set(baseline.findings.map((f) => f.fingerprint)) });
      progress.finish();
      io.stderr.write(`bindsafe: wrote ${plural(baseline.findings.length, 'finding')} to ${displayPath(toRepoPath(all.root, baselineFile))}\n`);
    } else {
      result = await analyze({ ...common, baseline: command.baseline, quiet: command.quiet });
    }
  } finally {
    progress.finish();
  }

  for (const d of result.diagnostics) io.stderr.write(`bindsafe: ${describeDiagnostic(d)}\n`);

  const report = formatReport(command.format, result, {
    colour: command.output === undefined && colourEnabled(io.stdout.isTTY, io.env),
    cwd: toPosix(path.resolve(io.cwd)),
    version: toolVersion(),
  });
  if (outputFile === undefined) {
    io.stdout.write(report);
  } else {
    writeTextFile(outputFile, report, `cannot write --output ${command.output}`);
  }

  const { errorCount, warningCount } = result.stats;
  if (errorCount > 0) return 1;
  if (command.maxWarnings >= 0 && warningCount > command.maxWarnings) {
    io.stderr.write(`bindsafe: too many warnings (${warningCount}; --max-warnings ${command.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
