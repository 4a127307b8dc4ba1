import type * as ts from 'typescript';
import type { Engine, EngineOptions, FileAnalysis, TsModule } from './engine.js';

// PROVISIONAL (replaced by the real engine before landing): finds nothing.
const engines = new WeakMap<ts.Program, Map<string, Engine>>();

/** The engine for `program`, created once per program and option set. */
export function getEngine(tsModule: TsModule, program: ts.Program, options: EngineOptions = {}): Engine {
  void tsModule;
  const key = JSON.stringify(options);
  let perProgram = engines.get(program);
  if (!perProgram) engines.set(program, (perProgram = new Map()));
  let engine = perProgram.get(key);
  if (!engine) {
    const cache = new Map<string, FileAnalysis>();
    engine = {
      analyzeFile(sf) {
        let r = cache.get(sf.fileName);
        if (!r) cache.set(sf.fileName, (r = { findings: [], diagnostics: [], reachesModel: false }));
        return r;
      },
    };
    perProgram.set(key, engine);
  }
  return engine;
}
