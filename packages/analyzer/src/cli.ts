import { parseArguments } from './cli/arguments.js';
import { runAnalyze } from './cli/analyze-command.js';
import { helpText } from './cli/help.js';
import { processIo, type CliIo } from './cli/io.js';
import { rulesAsJson, rulesAsText } from './cli/rules-command.js';
import { describeThrown, isBindsafeError } from './errors.js';
import { toolVersion } from './version.js';

export { processIo, type CliIo, type OutputStream } from './cli/io.js';

/**
 * The `bindsafe` command: runs `argv` (without `node` and the script) and returns the exit code.
 * Never throws: a usage, config or internal error prints `bindsafe: <cause>` (one line; the stack
 * only with `BINDSAFE_DEBUG=1`) and returns 2; so does output that could not be written (stdout
 * on a full disk or a closed pipe).
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const code = await run(argv, io);
  // A report that did not reach stdout is no result: exit 2, not the findings' 0 or 1.
  const lost = await io.stdout.flushed?.();
  if (lost) {
    io.stderr.write(`bindsafe: cannot write to stdout: ${describeThrown(lost)}\n`);
    await io.stderr.flushed?.();
    return 2;
  }
  return (await io.stderr.flushed?.()) ? 2 : code;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArguments(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(helpText(command.topic));
        return 0;
      case 'version':
        io.stdout.write(`${toolVersion()}\n`);
        return 0;
      case 'rules':
        io.stdout.write(command.format === 'json' ? rulesAsJson() : rulesAsText());
        return 0;
      case 'analyze':
        return await runAnalyze(command, io);
    }
  } catch (error) {
    if (isBindsafeError(error)) {
      io.stderr.write(`bindsafe: ${error.message}\n`);
      for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
      return 2;
    }
    io.stderr.write(`bindsafe: internal error: ${describeThrown(error)}\n`);
    const debug = io.env['BINDSAFE_DEBUG'];
    if (debug !== undefined && debug !== '' && debug !== '0' && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write('  (set BINDSAFE_DEBUG=1 to see the stack trace; please report this)\n');
    }
    return 2;
  }
}
