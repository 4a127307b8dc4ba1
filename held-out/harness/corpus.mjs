// The held-out corpus: its case files, the findings their markers expect, and the issue-9 classes
// their first comment line is tagged with. Reading the corpus never runs a front end.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The rule ids the suite measures (the seven engine rules both front ends report). */
export const ruleIds = [
  'no-leaked-unbind-guard',
  'no-stored-bound-device',
  'no-unregistered-device-use',
  'no-unchecked-unbind-guard',
  'no-leaked-registration',
  'no-driver-data-mutation-in-unbind',
  'require-safety-comment',
];

/** Flow levels in table order; `shared` is the level of the helper modules in `cases/_shared`. */
export const levels = ['L0', 'L1', 'L2', 'L3', 'L4', 'shared'];

/** The eight semantic classes of issue 9, by number. */
export const classNames = {
  1: 'exceptional control flow and disposal',
  2: 'values by type',
  3: 'values obtained with a proof',
  4: 'ownership by what the data holds',
  5: 'async flow',
  6: 'access paths and aliases',
  7: 'function values',
  8: 'sinks and casts',
};

/** A problem in the corpus itself (a bad marker, a misplaced file): the harness stops with exit 2. */
export class CorpusError extends Error {}

const markerPattern = /\/\/\s*expect:\s*(.*)$/;
const classPattern = /\[class (\d)\]/g;

function listTsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listTsFiles(path));
    else if (entry.endsWith('.ts')) out.push(path);
  }
  return out;
}

const posix = (p) => p.split(sep).join('/');

/** `{ rule, level, caseName }` of a file under cases/ (`rule` is `-` for the shared modules). */
function placeOf(relToCases) {
  const parts = relToCases.split('/');
  if (parts[0] === '_shared') return { rule: '-', level: 'shared', caseName: `_shared/${parts.slice(1).join('/')}` };
  const [rule, level, name] = parts;
  if (!ruleIds.includes(rule) || !levels.slice(0, 5).includes(level ?? '') || name === undefined || (parts.length > 3 && level !== 'L4')) {
    throw new CorpusError(`cases/${relToCases}: a case must be cases/<rule-id>/<L0..L4>/<name>.ts or a folder cases/<rule-id>/L4/<name>/ of modules (subfolders allowed)`);
  }
  return { rule, level, caseName: `${rule}/${level}/${name.replace(/\.ts$/, '')}` };
}

/** The markers of one line: the rule ids of `// expect: bindsafe/<id>, …`. */
function markersOf(line, where) {
  const match = markerPattern.exec(line);
  if (!match) return [];
  const ids = match[1].split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) throw new CorpusError(`${where}: empty expect marker`);
  return ids.map((id) => {
    const rule = id.startsWith('bindsafe/') ? id.slice('bindsafe/'.length) : undefined;
    if (rule === undefined || !ruleIds.includes(rule)) throw new CorpusError(`${where}: unknown rule in marker: ${id}`);
    return rule;
  });
}

/**
 * Reads the corpus under `casesDir`. Paths are repository-relative POSIX (relative to `root`).
 * Returns the files, the expected findings `{ file, line, rule, level, caseName, text }` and the
 * cases `{ name, rule, level, files, expected, classes }`.
 */
export function readCorpus(casesDir, root) {
  const files = [];
  const expected = [];
  const cases = new Map();
  for (const abs of listTsFiles(casesDir)) {
    const file = posix(relative(root, abs));
    const place = placeOf(posix(relative(casesDir, abs)));
    const lines = readFileSync(abs, 'utf8').split('\n');
    files.push({ file, ...place });
    let entry = cases.get(place.caseName);
    if (entry === undefined) {
      entry = { name: place.caseName, rule: place.rule, level: place.level, files: [], expected: 0, classes: new Set() };
      cases.set(place.caseName, entry);
    }
    entry.files.push(file);
    for (const m of (lines[0] ?? '').matchAll(classPattern)) entry.classes.add(Number(m[1]));
    lines.forEach((text, i) => {
      for (const rule of markersOf(text, `${file}:${i + 1}`)) {
        expected.push({ file, line: i + 1, rule, level: place.level, caseName: place.caseName, text: text.trim() });
        entry.expected++;
      }
    });
  }
  if (files.length === 0) throw new CorpusError(`no case files under ${casesDir}`);
  if (expected.length === 0) throw new CorpusError(`no expect markers under ${casesDir}`);
  return { files, expected, cases: [...cases.values()] };
}
