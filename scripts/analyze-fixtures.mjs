// The README's main command: `bindsafe analyze` on the bundled fixtures. The bad drivers under
// fixtures/bad have one planted problem each, so the analyzer exits 1 (findings): that is the
// expected outcome here, and this script then exits 0. Any other exit code is passed on.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['packages/analyzer/bin/bindsafe.js', 'analyze', 'fixtures', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status === 1) {
  console.log('\nThese are the planted problems of the bad drivers in fixtures/bad (one per driver, see fixtures/bad/README.md);');
  console.log('the four good drivers in fixtures/drivers have none. In CI, exit code 1 fails the job.');
  process.exit(0);
}
process.exit(result.status ?? 2);
