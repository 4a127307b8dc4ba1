// @ts-check
/**
 * Writes a synthetic project to a directory and returns its manifest: what was generated and
 * which findings the tools must produce (the planted problems, by rule, file and line).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeGeneralFile } from './general/index.mjs';
import { writeModelFile } from './model/index.mjs';
import { defaultPlanOptions, planProject } from './plan.mjs';
import { plantRules } from './plants.mjs';
import {
  eslintBaselineConfig,
  eslintBaselineConfigName,
  eslintBindsafeConfig,
  eslintBindsafeConfigName,
  packageJson,
  tsconfigJson,
} from './project-files.mjs';
import { SourceWriter } from './source-writer.mjs';

/** @typedef {import('./plan.mjs').PlanOptions} PlanOptions */

/**
 * @typedef {object} PlantRecord
 * @property {string} file   project-relative path
 * @property {number} line
 * @property {string} plant
 * @property {string} rule   `bindsafe` rule id, or `@typescript-eslint/no-floating-promises`
 */

/**
 * @typedef {object} Manifest
 * @property {string} name
 * @property {PlanOptions} options
 * @property {number} files
 * @property {number} modelFiles
 * @property {number} lines
 * @property {Record<string, number>} kinds
 * @property {Record<string, number>} expected  findings per rule id
 * @property {PlantRecord[]} plants
 * @property {string} tsconfig                 absolute path
 * @property {string} dir                      absolute path
 * @property {number} generateMs
 */

export const floatingRule = '@typescript-eslint/no-floating-promises';

/** @param {Partial<PlanOptions> & { files: number }} options */
export function projectName(options) {
  const o = { ...defaultPlanOptions, ...options };
  return `n${o.files}-m${Math.round(o.modelShare * 100)}-s${o.seed}`;
}

/**
 * @param {Partial<PlanOptions> & { files: number }} partial
 * @param {string} dir  the project directory (emptied first)
 * @returns {Manifest}
 */
export function generateProject(partial, dir) {
  const started = performance.now();
  const options = { ...defaultPlanOptions, ...partial };
  const specs = planProject(options);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const name = `bench-${projectName(options)}`;

  /** @type {PlantRecord[]} */
  const plants = [];
  /** @type {Record<string, number>} */
  const kinds = {};
  let lines = 0;
  const madeDirs = new Set();
  for (const spec of specs) {
    const w = new SourceWriter();
    if (spec.model) writeModelFile(w, spec, specs);
    else writeGeneralFile(w, spec, specs);
    const out = w.finish();
    const file = join(dir, spec.path);
    const parent = dirname(file);
    if (!madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      madeDirs.add(parent);
    }
    writeFileSync(file, out.text);
    lines += out.lines;
    kinds[spec.kind] = (kinds[spec.kind] ?? 0) + 1;
    for (const p of out.plants) {
      const rule = p.plant.startsWith('floating-')
        ? floatingRule
        : `bindsafe/${plantRules[/** @type {keyof typeof plantRules} */ (p.plant)]}`;
      plants.push({ file: spec.path, line: p.line, plant: p.plant, rule });
    }
  }

  writeFileSync(join(dir, 'package.json'), packageJson(name));
  writeFileSync(join(dir, 'tsconfig.json'), tsconfigJson());
  writeFileSync(join(dir, eslintBaselineConfigName), eslintBaselineConfig());
  writeFileSync(join(dir, eslintBindsafeConfigName), eslintBindsafeConfig());

  /** @type {Record<string, number>} */
  const expected = {};
  for (const p of plants) expected[p.rule] = (expected[p.rule] ?? 0) + 1;
  /** @type {Manifest} */
  const manifest = {
    name,
    options,
    files: specs.length,
    modelFiles: specs.filter((s) => s.model).length,
    lines,
    kinds,
    expected,
    plants,
    tsconfig: join(dir, 'tsconfig.json'),
    dir,
    generateMs: 0,
  };
  // The manifest on disk is deterministic: the same options give the same bytes.
  writeFileSync(join(dir, 'bench-manifest.json'), `${JSON.stringify({ ...manifest, generateMs: undefined }, null, 2)}\n`);
  manifest.generateMs = Math.round(performance.now() - started);
  return manifest;
}
