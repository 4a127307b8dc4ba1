#!/usr/bin/env node
// The `bindsafe` command: a shim over the built CLI (dist/cli.js).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  process.stderr.write(`bindsafe: cannot load the built CLI (${error && error.message ? error.message.split('\n')[0] : error}); build @bindsafe/analyzer first\n`);
  process.exit(2);
}
// `main` never throws, and handles errors writing stdout and stderr itself (exit 2).
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo());
