import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Both front ends run in a child process with a time limit, for input that hangs them: an
// in-process run stuck in a synchronous loop could only be ended by killing the test worker.
// A child process runs the *built* packages (like bin.test.ts): run `pnpm build` after changing
// their sources.

const analyzerDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/bindsafe.js', import.meta.url));
const builtCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const builtPlugin = fileURLToPath(new URL('../../../eslint-plugin/dist/index.js', import.meta.url));

export interface ChildRun {
  /** The exit code; null when the run was killed. */
  readonly code: number | null;
  /** Whether it ran past the time limit (and was killed). */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Why the built packages cannot be used, or undefined when they can. */
export function missingBuild(): string | undefined {
  const missing = [builtCli, builtPlugin].filter((file) => !existsSync(file));
  return missing.length > 0 ? `not built (run \`pnpm build\`): ${missing.join(', ')}` : undefined;
}

function run(args: readonly string[], cwd: string, timeoutMs: number): ChildRun {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: 'true', FORCE_COLOR: undefined, NO_COLOR: '1' },
  });
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: child.status, timedOut, stdout: child.stdout ?? '', stderr: child.stderr ?? '', ms: performance.now() - started };
}

/** `bindsafe <args>` through the built package's bin, in `cwd`. */
export function runBuiltAnalyzer(args: readonly string[], cwd: string, timeoutMs: number): ChildRun {
  return run([bin, ...args], cwd, timeoutMs);
}

/** One file's messages from `runBuiltEslint`'s stdout. */
export interface EslintFileResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; fatal?: boolean; line: number; column: number; message: string }[];
}

// ESLint's API with the built plugin's `configs.recommended` (typed linting through the project
// service, as a user runs it) over `dir`; prints the results as JSON.
const eslintScript = `
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-bindsafe';
const dir = process.argv[1];
const recommended = plugin.configs.recommended;
const config = {
  ...recommended,
  files: ['**/*.ts'],
  languageOptions: { ...recommended.languageOptions, parserOptions: { ...recommended.languageOptions.parserOptions, tsconfigRootDir: dir } },
};
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [config] });
const results = await eslint.lintFiles(['**/*.ts']);
process.stdout.write(JSON.stringify(results.map((r) => ({ filePath: r.filePath, messages: r.messages }))));
`;

/** ESLint with the built plugin's recommended config over every `.ts` file of `dir` (which holds a tsconfig.json). */
export function runBuiltEslint(dir: string, timeoutMs: number): ChildRun {
  // Evaluated as a module in packages/analyzer, where eslint and the plugin resolve.
  return run(['--input-type=module', '--eval', eslintScript, dir], analyzerDir, timeoutMs);
}
