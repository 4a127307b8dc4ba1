// @ts-check
/**
 * Runs ESLint through its Node API on a generated project with a given flat config, as the CLI
 * would (no cache, default single thread), and writes a summary: files linted, findings per rule,
 * fatal (parse) errors, and the locations of the findings the harness checks.
 *
 * Usage: node eslint-runner.mjs <project dir> <config file> <summary.json>
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ESLint } from 'eslint';

const [cwdArg, configArg, summaryArg] = process.argv.slice(2);
if (!cwdArg || !configArg || !summaryArg) {
  console.error('usage: node eslint-runner.mjs <project dir> <config file> <summary.json>');
  process.exit(2);
}
const cwd = resolve(cwdArg);
try {
  const eslint = new ESLint({ cwd, overrideConfigFile: resolve(configArg), cache: false });
  const results = await eslint.lintFiles(['src']);
  /** @type {Record<string, number>} */
  const byRule = {};
  /** @type {{ file: string, line: number, ruleId: string }[]} */
  const locations = [];
  /** @type {string[]} */
  const fatal = [];
  for (const result of results) {
    const file = relative(cwd, result.filePath).split('\\').join('/');
    for (const m of result.messages) {
      if (m.fatal || !m.ruleId) {
        fatal.push(`${file}:${m.line}: ${m.message}`);
        continue;
      }
      byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      locations.push({ file, line: m.line, ruleId: m.ruleId });
    }
  }
  writeFileSync(summaryArg, JSON.stringify({ files: results.length, byRule, fatal, locations }));
  process.exitCode = fatal.length > 0 ? 2 : 0;
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 2;
}
