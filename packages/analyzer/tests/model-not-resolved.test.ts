import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { tempTsProject } from './helpers/temp-project.js';

// With the real engine: a project outside the workspace, where `@bindsafe/kernel` is not installed.
const driver = `import { pci } from '@bindsafe/kernel';
let saved: unknown;
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
`;

describe('an import of the model that does not resolve', () => {
  it('stops the run with one line naming the package and the file, exit 2 (not "no problems")', async () => {
    const run = await runCli(['analyze'], { cwd: tempTsProject({ 'drv.ts': driver, 'plain.ts': 'export const y = 1;\n' }) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bindsafe: src\/drv\.ts:1:21: cannot resolve '@bindsafe\/kernel': [^\n]*install[^\n]*\n$/);
  });

  it('a project whose files import nothing of the model is analysed as before', async () => {
    const run = await runCli(['analyze'], { cwd: tempTsProject({ 'plain.ts': 'export const y = 1;\n' }) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
