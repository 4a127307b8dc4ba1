// @ts-check
/** Where the bench lives, writes its projects, its results and the performance doc. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `bench/` */
export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
/** The workspace root. */
export const repoRoot = dirname(benchDir);
/** Generated projects: `bench/.gen/<name>/`, so `@bindsafe/kernel` resolves through `bench/node_modules`. */
export const genRoot = join(benchDir, '.gen');
/** Results (git-ignored). */
export const resultsDir = join(repoRoot, '.bench', 'results');
/** Per-run scratch files: tool summaries, outputs (git-ignored). */
export const scratchDir = join(repoRoot, '.bench', 'runs');
/** The performance page with its generated section. */
export const performanceDoc = join(repoRoot, 'docs', 'performance.md');
