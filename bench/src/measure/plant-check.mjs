// @ts-check
/**
 * Compares a tool's findings with the problems the generator planted: per rule, how many were
 * planted, how many were found, and how many of those are at a planted line; and the findings at
 * no planted line (false positives, or a finding pointing somewhere else than rules.md says).
 */
import { floatingRule } from '../generate/index.mjs';

/** @typedef {import('../generate/index.mjs').Manifest} Manifest */
/** @typedef {import('./tools.mjs').Findings} Findings */

/**
 * @typedef {object} PlantCheck
 * @property {Record<string, { planted: number, found: number, atPlant: number }>} perRule
 * @property {{ file: string, line: number, rule: string, plant: string }[]} missed   planted, not reported there
 * @property {{ file: string, line: number, ruleId: string }[]} unexpected            reported at no planted line
 */

/**
 * @param {Manifest} manifest @param {Findings} findings @param {string} toolId
 * @returns {PlantCheck}
 */
export function checkPlants(manifest, findings, toolId) {
  /** @param {string} rule */
  const relevant = (rule) => (toolId === 'eslint' ? rule === floatingRule : rule.startsWith('bindsafe/') || (toolId !== 'analyze' && rule === floatingRule));
  const plants = manifest.plants.filter((p) => relevant(p.rule));
  /** @param {string} file @param {number} line @param {string} rule */
  const key = (file, line, rule) => `${file}:${line}:${rule}`;
  const plantedKeys = new Set(plants.map((p) => key(p.file, p.line, p.rule)));
  /** @type {PlantCheck['perRule']} */
  const perRule = {};
  for (const p of plants) (perRule[p.rule] ??= { planted: 0, found: 0, atPlant: 0 }).planted++;
  const reportedKeys = new Set();
  /** @type {PlantCheck['unexpected']} */
  const unexpected = [];
  for (const loc of findings.locations) {
    if (!relevant(loc.ruleId)) continue;
    // The analyzer reports repo-relative paths; the project's own paths start at src/.
    const at = loc.file.indexOf('src/');
    const file = at >= 0 ? loc.file.slice(at) : loc.file;
    const k = key(file, loc.line, loc.ruleId);
    const entry = (perRule[loc.ruleId] ??= { planted: 0, found: 0, atPlant: 0 });
    entry.found++;
    if (plantedKeys.has(k)) {
      entry.atPlant++;
      reportedKeys.add(k);
    } else unexpected.push({ file, line: loc.line, ruleId: loc.ruleId });
  }
  const missed = plants
    .filter((p) => !reportedKeys.has(key(p.file, p.line, p.rule)))
    .map(({ file, line, rule, plant }) => ({ file, line, rule, plant }));
  return { perRule, missed, unexpected };
}
