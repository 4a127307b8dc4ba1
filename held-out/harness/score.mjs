// Compares a front end's findings with the corpus markers by (file, line, rule).
import { levels, ruleIds } from './corpus.mjs';

const keyOf = (f) => `${f.file}:${f.line} ${f.rule}`;

/** Empty counters for every rule × level. */
function emptyCounts() {
  const counts = {};
  for (const rule of ruleIds) {
    counts[rule] = {};
    for (const level of levels) counts[rule][level] = { tp: 0, fp: 0, fn: 0 };
  }
  return counts;
}

/** precision = TP/(TP+FP), recall = TP/(TP+FN); `null` when undefined (no finding / no marker). */
export function ratios({ tp, fp, fn }) {
  return { precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}

export function sum(list) {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/**
 * Scores one front end. Returns the counts per rule and level, the FP and FN entries, findings
 * reported more than once on one line, and per-case counts (for the class coverage).
 */
export function score(corpus, findings) {
  const placeOf = new Map(corpus.files.map((f) => [f.file, f]));
  const expected = new Map(corpus.expected.map((e) => [keyOf(e), e]));
  const counts = emptyCounts();
  const perCase = new Map(corpus.cases.map((c) => [c.name, { tp: 0, fp: 0, fn: 0 }]));
  const seen = new Map();
  const duplicates = [];
  for (const f of findings) {
    const key = keyOf(f);
    if (seen.has(key)) duplicates.push(f);
    else seen.set(key, f);
  }
  const falsePositives = [];
  const truePositives = [];
  for (const [key, f] of seen) {
    const place = placeOf.get(f.file) ?? { level: 'shared', caseName: `(outside the corpus) ${f.file}` };
    const kind = expected.has(key) ? 'tp' : 'fp';
    counts[f.rule][place.level][kind]++;
    const c = perCase.get(place.caseName);
    if (c) c[kind]++;
    (kind === 'tp' ? truePositives : falsePositives).push({ ...f, level: place.level, caseName: place.caseName });
  }
  const falseNegatives = [];
  for (const [key, e] of expected) {
    if (seen.has(key)) continue;
    counts[e.rule][e.level].fn++;
    perCase.get(e.caseName).fn++;
    falseNegatives.push(e);
  }
  return { counts, truePositives, falsePositives, falseNegatives, duplicates, perCase };
}

/** Per issue-9 class: the cases tagged with it and the summed counts over those cases. */
export function classCoverage(corpus, scored) {
  const out = {};
  for (const c of corpus.cases) {
    for (const n of c.classes) {
      out[n] ??= { cases: 0, validCases: 0, counts: {} };
      out[n].cases++;
      if (c.expected === 0) out[n].validCases++;
      for (const [frontEnd, s] of Object.entries(scored)) {
        const acc = (out[n].counts[frontEnd] ??= { tp: 0, fp: 0, fn: 0 });
        const mine = s.perCase.get(c.name);
        acc.tp += mine.tp;
        acc.fp += mine.fp;
        acc.fn += mine.fn;
      }
    }
  }
  return out;
}

/** Findings on which the front ends differ, by (file, line, column, rule). */
export function disagreements(a, b) {
  const k = (f) => `${f.file}:${f.line}:${f.column} ${f.rule}`;
  const inA = new Set(a.map(k));
  const inB = new Set(b.map(k));
  return { onlyFirst: [...inA].filter((x) => !inB.has(x)).sort(), onlySecond: [...inB].filter((x) => !inA.has(x)).sort() };
}
