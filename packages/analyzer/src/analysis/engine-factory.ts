import { getEngine, type Engine, type EngineOptions, type FileAnalysis, type TsModule } from '@bindsafe/core';
import type { ts } from 'ts-morph';
import { typescript } from '../project/ts-morph-runtime.js';

/** The program and source file types as the engine declares them (the workspace's `typescript`). */
type EngineProgram = Parameters<typeof getEngine>[1];
type EngineSourceFile = Parameters<Engine['analyzeFile']>[0];

/** Creates the engine for a program: `getEngine` of `@bindsafe/core` unless a test injects one. */
export type EngineFactory = (tsModule: TsModule, program: EngineProgram, options: EngineOptions) => Engine;

export const defaultEngineFactory: EngineFactory = (tsModule, program, options) => getEngine(tsModule, program, options);

/** The engine as the analyzer calls it: on ts-morph's program and source files. */
export interface ProgramEngine {
  analyzeFile(sourceFile: ts.SourceFile): FileAnalysis;
}

/**
 * The engine for `program`, given the `typescript` module ts-morph bundles (the one that built
 * the program, so engine and program agree at run time). The casts only bridge two copies of
 * the same declarations: ts-morph 28 ships TypeScript 6.0.2's, the workspace 6.0.3's.
 */
export function createProgramEngine(factory: EngineFactory, program: ts.Program, options: EngineOptions): ProgramEngine {
  const engine = factory(typescript as unknown as TsModule, program as unknown as EngineProgram, options);
  return { analyzeFile: (sourceFile) => engine.analyzeFile(sourceFile as unknown as EngineSourceFile) };
}
