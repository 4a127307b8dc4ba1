// `pnpm precision`: measures both front ends on the held-out suite (see README.md).
//   node held-out/measure.mjs [--json] [--update-docs] [--batch cases[,cases-2…]]
// Without --batch, every batch (cases/, cases-2/, …: each written before any run on it) counts.
// Runs after `pnpm build` (it loads the built packages). Exit 0 after a normal run, 2 on a
// harness error, including a run in which a front end analysed nothing or reported nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, ruleIds } from './harness/corpus.mjs';

const suiteDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(suiteDir);
const usage = 'usage: node held-out/measure.mjs [--json] [--update-docs] [--batch cases[,cases-2…]]';

function fail(message) {
  process.stderr.write(`precision: error: ${message}\n`);
  process.exit(2);
}

async function main(argv) {
  // `--` (which `pnpm precision -- --json` passes on) only ends the options.
  const batchAt = argv.indexOf('--batch');
  const batchArg = batchAt >= 0 ? argv[batchAt + 1] : undefined;
  if (batchAt >= 0 && (batchArg === undefined || batchArg.startsWith('--'))) fail(`--batch needs a list of batches\n${usage}`);
  const rest = batchAt >= 0 ? [...argv.slice(0, batchAt), ...argv.slice(batchAt + 2)] : argv;
  const unknown = rest.filter((a) => a !== '--json' && a !== '--update-docs' && a !== '--');
  if (unknown.length > 0) fail(`unknown argument ${unknown[0]}\n${usage}`);
  const asJson = rest.includes('--json');
  const updateDocs = rest.includes('--update-docs');

  const allBatches = readdirSync(suiteDir).filter((e) => /^cases(-\d+)?$/.test(e)).sort();
  const batches = batchArg === undefined ? allBatches : batchArg.split(',').map((b) => b.trim());
  for (const b of batches) if (!allBatches.includes(b)) fail(`no batch ${b} (the suite has ${allBatches.join(', ')})`);
  const corpus = mergeCorpora(batches.map((b) => ({ batch: b, corpus: readCorpus(join(suiteDir, b), root) })));
  const caseFiles = new Set(corpus.files.map((f) => f.file));
  const inBatches = (f) => batches.some((b) => f.file.startsWith(`held-out/${b}/`));

  for (const pkg of ['analyzer', 'eslint-plugin']) {
    if (!existsSync(join(root, 'packages', pkg, 'dist', 'index.js'))) fail(`packages/${pkg} is not built: run \`npx pnpm@10.34.9 build\` first`);
  }
  // Loaded only now, so that a missing build is reported as such rather than as an import error.
  const { runAnalyzer, runEslint } = await import('./harness/front-ends.mjs');
  const { classCoverage, disagreements, score } = await import('./harness/score.mjs');
  const { docsBlock, jsonReport, textReport, withDocsBlock } = await import('./harness/report.mjs');

  const runs = {
    analyzer: await runAnalyzer({ tsconfig: join(suiteDir, 'tsconfig.json'), root, caseFiles }),
    eslint: await runEslint({ suiteDir, root, batches }),
  };
  // The analyzer runs on the whole tsconfig project: only the selected batches' findings count.
  for (const run of Object.values(runs)) run.findings = run.findings.filter(inBatches);
  for (const [fe, run] of Object.entries(runs)) {
    if (run.filesAnalyzed === 0) fail(`${fe} analysed no file of the suite`);
    if (run.filesAnalyzed < caseFiles.size) fail(`${fe} analysed ${run.filesAnalyzed} files, the suite has ${caseFiles.size}`);
    if (run.findings.length === 0) fail(`${fe} reported no finding at all on a suite with ${corpus.expected.length} expected findings`);
  }

  const scored = { analyzer: score(corpus, runs.analyzer.findings), eslint: score(corpus, runs.eslint.findings) };
  const extra = {
    filesAnalyzed: { analyzer: runs.analyzer.filesAnalyzed, eslint: runs.eslint.filesAnalyzed },
    findingCount: { analyzer: runs.analyzer.findings.length, eslint: runs.eslint.findings.length },
    classes: classCoverage(corpus, scored),
    disagreements: disagreements(runs.analyzer.findings, runs.eslint.findings),
  };

  process.stdout.write(`${asJson ? JSON.stringify(jsonReport(corpus, scored, extra), null, 2) : textReport(corpus, scored, extra)}\n`);

  if (updateDocs) {
    for (const rule of ruleIds) {
      const page = join(root, 'docs', 'rules', `${rule}.md`);
      if (!existsSync(page)) fail(`docs/rules/${rule}.md not found`);
      writeFileSync(page, withDocsBlock(readFileSync(page, 'utf8'), docsBlock(rule, corpus, scored)));
    }
    process.stderr.write(`precision: updated the Precision block of ${ruleIds.length} pages in docs/rules/\n`);
  }
}

/** One corpus of several batches; case names of later batches carry the batch (`cases-2:…`). */
function mergeCorpora(parts) {
  const named = (batch, name) => (batch === 'cases' ? name : `${batch}:${name}`);
  return {
    files: parts.flatMap(({ batch, corpus }) => corpus.files.map((f) => ({ ...f, caseName: named(batch, f.caseName) }))),
    expected: parts.flatMap(({ batch, corpus }) => corpus.expected.map((e) => ({ ...e, caseName: named(batch, e.caseName) }))),
    cases: parts.flatMap(({ batch, corpus }) => corpus.cases.map((c) => ({ ...c, name: named(batch, c.name) }))),
  };
}

main(process.argv.slice(2)).catch((error) => fail(error instanceof Error ? error.message : String(error)));
