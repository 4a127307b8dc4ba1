// @ts-check
/**
 * Templates for the files that use `@bindsafe/kernel` the way drivers do (model.md): `hw`
 * modules (shared register helpers, DRM driver types and guarded helpers, which other model
 * files import: cross-module flows) and drivers on each bus: `nic` (pci, Devres BAR, IRQ),
 * `uart` (platform, IoMem), `aux` (a pci host creating an auxiliary device, and its driver),
 * `gpu` (pci + DRM: UnregisteredDevice, Registration, ioctls, guards) and `panel` (platform +
 * DRM). A driver file holds at most one planted problem (plants.mjs); everything else in it is
 * code the rules must accept (rules.md, "Not problems").
 */
import { usageOf } from '../general/index.mjs';
import { relativeSpecifier } from '../source-writer.mjs';
import { writeAux, writeNic, writeUart } from './bus-drivers.mjs';
import { writeDrm } from './drm-driver.mjs';
import { writeHw } from './hw-file.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs */
export function writeModelFile(w, spec, specs) {
  if (spec.kind === 'hw') writeHw(w, spec);
  else {
    const helper = /** @type {FileSpec} */ (specs[/** @type {number} */ (spec.helper)]);
    const hw = { h: helper.index, from: relativeSpecifier(spec.path, helper.path) };
    switch (spec.kind) {
      case 'nic':
        writeNic(w, spec, hw);
        break;
      case 'uart':
        writeUart(w, spec, hw);
        break;
      case 'aux':
        writeAux(w, spec, hw);
        break;
      case 'gpu':
      case 'panel':
        writeDrm(w, spec, hw);
        break;
      default:
        throw new Error(`writeModelFile: ${spec.kind} is not a model file kind`);
    }
  }
  writeSelfTest(w, spec, specs);
}

/** Model files use some general modules too. @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs */
function writeSelfTest(w, spec, specs) {
  if (spec.imports.length === 0) return;
  const body = spec.imports.flatMap((j) => usageOf(w, spec, /** @type {FileSpec} */ (specs[j])));
  w.add(`
export async function selfTest${spec.index}(n: number): Promise<number> {
  let acc = 0;
${body.map((l) => `  ${l}`).join('\n')}
  return acc;
}`);
}
