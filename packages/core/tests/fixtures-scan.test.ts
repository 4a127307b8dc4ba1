import * as ts from 'typescript';
import { it } from 'vitest';
import { getEngine } from '@bindsafe/core';
it('scan fixtures', () => {
  const cfg = ts.getParsedCommandLineOfConfigFile('/work/main/fixtures/tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram(cfg.fileNames, cfg.options);
  const engine = getEngine(ts, program);
  for (const f of cfg.fileNames) {
    const sf = program.getSourceFile(f)!;
    const r = engine.analyzeFile(sf);
    for (const x of r.findings) {
      const { line, character } = sf.getLineAndCharacterOfPosition(x.span.start);
      console.log(`${f.replace('/work/main/', '')}:${line + 1}:${character + 1} ${x.ruleId} ${x.message}`);
    }
    for (const d of r.diagnostics) console.log('DIAG', f, d.message);
    console.log('file', f.replace('/work/main/', ''), r.reachesModel);
  }
});
