// @ts-check
/**
 * The floor: what any typed tool pays before its first query. Reads the tsconfig, creates the
 * program (read, parse, resolve modules) and its type checker (bind, merge globals), and stops:
 * no diagnostics, no type queries.
 *
 * Usage: node floor.mjs <tsconfig.json> <summary.json>
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const [configArg, summaryArg] = process.argv.slice(2);
if (!configArg || !summaryArg) {
  console.error('usage: node floor.mjs <tsconfig.json> <summary.json>');
  process.exit(2);
}
const configPath = resolve(configArg);
const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) {
  console.error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  process.exit(2);
}
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath), undefined, configPath);
if (parsed.errors.length > 0) {
  for (const d of parsed.errors) console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  process.exit(2);
}
const program = ts.createProgram({
  rootNames: parsed.fileNames,
  options: parsed.options,
  projectReferences: parsed.projectReferences,
});
const checker = program.getTypeChecker();
writeFileSync(
  summaryArg,
  JSON.stringify({
    rootFiles: parsed.fileNames.length,
    sourceFiles: program.getSourceFiles().length,
    identifiers: program.getIdentifierCount(),
    checker: typeof checker.getTypeAtLocation === 'function',
  }),
);
