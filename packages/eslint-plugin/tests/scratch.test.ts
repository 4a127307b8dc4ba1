import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyze } from '../../analyzer/src/index.js';
import { fixtureDir } from './rule-tester.js';

it('scratch', async () => {
  const dir = join(fixtureDir, '..', '.agreement', 'scratch');
  for (const f of readdirSync(fixtureDir)) if (f.endsWith('.helpers.ts')) copyFileSync(join(fixtureDir, f), join(dir, f));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../../../tsconfig.base.json', compilerOptions: { noEmit: true, noUnusedLocals: false }, include: ['*.ts'] }));
  const result = await analyze({ config: false, cwd: dir, root: dir, project: join(dir, 'tsconfig.json') });
  const out = result.findings.filter((f) => f.location.file.startsWith('s_')).map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId} ${f.message}`);
  writeFileSync('/tmp/scratch-out.txt', out.join('\n') + '\n');
}, 120000);
