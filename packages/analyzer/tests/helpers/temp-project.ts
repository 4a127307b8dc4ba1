import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** A compiler setup that keeps test programs small: no DOM, no @types. */
export const smallCompilerOptions = {
  target: 'ES2022',
  lib: ['ES2022'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noEmit: true,
  types: [],
  skipLibCheck: true,
};

export function tsconfig(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ compilerOptions: smallCompilerOptions, include: ['src'], ...extra }, null, 2);
}

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes `files` (path → text or bytes) into a fresh directory outside the workspace (no git
 * root above it, so reports are relative to it) and removes it after the test.
 */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bindsafe-test-')).replace(/\\/g, '/');
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A project with the small tsconfig and the given sources under `src/`. */
export function tempTsProject(sources: Record<string, string | Uint8Array>, extra: Record<string, string> = {}): string {
  const files: Record<string, string | Uint8Array> = { 'tsconfig.json': tsconfig(), 'package.json': '{ "type": "module" }', ...extra };
  for (const [name, text] of Object.entries(sources)) files[`src/${name}`] = text;
  return tempProject(files);
}

const kernelDir = fileURLToPath(new URL('../../../kernel', import.meta.url));

/**
 * A project whose sources can import the real model: `@bindsafe/kernel` links to the workspace's
 * kernel sources (through its `@bindsafe/source` export condition, so nothing needs building).
 */
export function tempKernelProject(sources: Record<string, string | Uint8Array>): string {
  const compilerOptions = { ...smallCompilerOptions, lib: ['ES2023', 'ESNext.Disposable'], customConditions: ['@bindsafe/source'] };
  const dir = tempProject({ 'tsconfig.json': JSON.stringify({ compilerOptions, include: ['src'] }), 'package.json': '{ "type": "module" }' });
  mkdirSync(path.join(dir, 'node_modules', '@bindsafe'), { recursive: true });
  symlinkSync(kernelDir, path.join(dir, 'node_modules', '@bindsafe', 'kernel'), 'dir');
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, text] of Object.entries(sources)) files[`src/${name}`] = text;
  writeFiles(dir, files);
  return dir;
}
