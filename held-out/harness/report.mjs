// Renders the measured figures: the text table, the JSON document and the docs' Precision block.
import { classNames, levels, ruleIds } from './corpus.mjs';
import { ratios, sum } from './score.mjs';

const pct = (x) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function cells(c) {
  const { precision, recall } = ratios(c);
  return `${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)} ${pct(precision)} ${pct(recall)}`;
}

/** Rows of the table: every rule × level that has a case, a marker or a finding, and the totals. */
function tableRows(corpus, scored) {
  const frontEnds = Object.keys(scored);
  const rows = [];
  for (const rule of ruleIds) {
    for (const level of levels) {
      const hasCase = corpus.cases.some((c) => c.rule === rule && c.level === level);
      const any = frontEnds.some((fe) => {
        const c = scored[fe].counts[rule][level];
        return c.tp + c.fp + c.fn > 0;
      });
      if (hasCase || any) rows.push({ rule, level, cells: frontEnds.map((fe) => scored[fe].counts[rule][level]) });
    }
    rows.push({ rule, level: 'total', cells: frontEnds.map((fe) => sum(levels.map((l) => scored[fe].counts[rule][l]))) });
  }
  // Every flow level over all rules (issue 9's bar is per flow level), then the grand total.
  for (const level of levels) {
    const levelCells = frontEnds.map((fe) => sum(ruleIds.map((r) => scored[fe].counts[r][level])));
    if (corpus.cases.some((c) => c.rule !== '-' && c.level === level) || levelCells.some((c) => c.tp + c.fp + c.fn > 0)) {
      rows.push({ rule: 'all rules', level, cells: levelCells });
    }
  }
  rows.push({ rule: 'all rules', level: 'total', cells: frontEnds.map((fe) => sum(ruleIds.flatMap((r) => levels.map((l) => scored[fe].counts[r][l])))) });
  return rows;
}

function where(f) {
  return `${f.file}:${f.line}`;
}

/** The human-readable report. */
export function textReport(corpus, scored, extra) {
  const frontEnds = Object.keys(scored);
  const out = [];
  const valid = corpus.cases.filter((c) => c.rule !== '-' && c.expected === 0).length;
  const measured = corpus.cases.filter((c) => c.rule !== '-').length;
  out.push(`held-out suite: ${measured} cases (${valid} valid, ${measured - valid} with expected findings), ${corpus.files.length} files, ${corpus.expected.length} expected findings`);
  for (const fe of frontEnds) out.push(`  ${fe}: ${extra.filesAnalyzed[fe]} files analysed, ${extra.findingCount[fe]} findings`);
  out.push('');
  const head = frontEnds.map((fe) => `${fe.padEnd(8)}  TP  FP  FN   prec  recall`).join(' | ');
  out.push(`${'rule'.padEnd(34)} ${'level'.padEnd(6)} | ${head}`);
  out.push('-'.repeat(42 + frontEnds.length * 40));
  for (const row of tableRows(corpus, scored)) {
    const label = row.level === 'total' ? row.rule : row.rule;
    out.push(`${label.padEnd(34)} ${row.level.padEnd(6)} | ${row.cells.map((c) => `${''.padEnd(8)} ${cells(c)}`).join(' | ')}`);
    if (row.level === 'total') out.push('');
  }
  out.push('issue-9 classes (cases tagged [class N]; TP/FP/FN summed over those cases):');
  for (const [n, cov] of Object.entries(extra.classes).sort()) {
    const figures = frontEnds.map((fe) => `${fe} ${cells(cov.counts[fe])}`).join(' | ');
    out.push(`  ${n} ${classNames[n].padEnd(40)} ${String(cov.cases).padStart(3)} cases (${cov.validCases} valid) | ${figures}`);
  }
  for (const kind of ['falsePositives', 'falseNegatives']) {
    out.push('');
    out.push(kind === 'falsePositives' ? 'False positives (finding on a line without that marker):' : 'False negatives (marker without a finding):');
    const merged = new Map();
    for (const fe of frontEnds) {
      for (const f of scored[fe][kind]) {
        const key = `${where(f)} ${f.rule}`;
        const entry = merged.get(key) ?? { f, by: [] };
        entry.by.push(fe);
        merged.set(key, entry);
      }
    }
    if (merged.size === 0) out.push('  (none)');
    for (const [key, { f, by }] of [...merged].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const detail = kind === 'falsePositives' ? f.message : f.text;
      out.push(`  ${key} [${by.join(', ')}]  ${detail}`);
    }
  }
  const dup = frontEnds.flatMap((fe) => scored[fe].duplicates.map((f) => `  ${where(f)} ${f.rule} [${fe}]`));
  if (dup.length > 0) out.push('', 'Reported more than once on one line (counted once):', ...dup);
  const dis = extra.disagreements;
  out.push('', `Front ends disagree on ${dis.onlyFirst.length + dis.onlySecond.length} finding(s) (file:line:column rule).`);
  for (const d of dis.onlyFirst) out.push(`  only ${frontEnds[0]}: ${d}`);
  for (const d of dis.onlySecond) out.push(`  only ${frontEnds[1]}: ${d}`);
  return out.join('\n');
}

/** The machine-readable report. */
export function jsonReport(corpus, scored, extra) {
  const byFrontEnd = {};
  for (const [fe, s] of Object.entries(scored)) {
    const rules = {};
    for (const rule of ruleIds) {
      const lv = {};
      for (const level of levels) lv[level] = { ...s.counts[rule][level], ...ratios(s.counts[rule][level]) };
      const total = sum(levels.map((l) => s.counts[rule][l]));
      rules[rule] = { levels: lv, total: { ...total, ...ratios(total) } };
    }
    const total = sum(ruleIds.flatMap((r) => levels.map((l) => s.counts[r][l])));
    const byLevel = {};
    for (const level of levels) {
      const c = sum(ruleIds.map((r) => s.counts[r][level]));
      byLevel[level] = { ...c, ...ratios(c) };
    }
    byFrontEnd[fe] = {
      filesAnalyzed: extra.filesAnalyzed[fe],
      findings: extra.findingCount[fe],
      rules,
      levels: byLevel,
      total: { ...total, ...ratios(total) },
      falsePositives: s.falsePositives.map(({ file, line, column, rule, message, level }) => ({ file, line, column, rule, level, message })),
      falseNegatives: s.falseNegatives.map(({ file, line, rule, level }) => ({ file, line, rule, level })),
    };
  }
  const classes = {};
  for (const [n, cov] of Object.entries(extra.classes)) {
    classes[n] = { name: classNames[n], cases: cov.cases, validCases: cov.validCases, counts: cov.counts };
  }
  const measured = corpus.cases.filter((c) => c.rule !== '-');
  return {
    corpus: { cases: measured.length, validCases: measured.filter((c) => c.expected === 0).length, files: corpus.files.length, expectedFindings: corpus.expected.length },
    frontEnds: byFrontEnd,
    classes,
    disagreements: extra.disagreements,
  };
}

export const docsStart = '<!-- precision:start -->';
export const docsEnd = '<!-- precision:end -->';

/** The generated Precision block of one rule's page (the held-out figures per front end and level). */
export function docsBlock(rule, corpus, scored) {
  const own = corpus.cases.filter((c) => c.rule === rule);
  const valid = own.filter((c) => c.expected === 0).length;
  const markers = corpus.expected.filter((e) => e.rule === rule).length;
  const lines = [
    docsStart,
    '<!-- generated by `pnpm precision --update-docs` (held-out/measure.mjs); do not edit by hand -->',
    `**Held-out suite** ([held-out/](../../held-out/README.md): realistic cases written before any run, kept apart from the`,
    `unit tests): ${own.length} cases of this rule (${valid} valid), ${markers} expected findings of it across the suite;`,
    'false positives counted on every line of every case. Precision = TP/(TP+FP), recall = TP/(TP+FN).',
    '',
    '| front end | level | TP | FP | FN | precision | recall |',
    '|---|---|---|---|---|---|---|',
  ];
  const fmt = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  for (const [fe, s] of Object.entries(scored)) {
    const present = levels.filter((l) => {
      const c = s.counts[rule][l];
      return c.tp + c.fp + c.fn > 0 || own.some((k) => k.level === l);
    });
    for (const level of [...present, 'all']) {
      const c = level === 'all' ? sum(levels.map((l) => s.counts[rule][l])) : s.counts[rule][level];
      const { precision, recall } = ratios(c);
      const label = level === 'all' ? '**all**' : level;
      lines.push(`| ${fe} | ${label} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(precision)} | ${fmt(recall)} |`);
    }
  }
  lines.push(docsEnd);
  return lines.join('\n');
}

/** `page` with its Precision block replaced, or inserted under `## Precision` (appended if none). */
export function withDocsBlock(page, block) {
  const start = page.indexOf(docsStart);
  const end = page.indexOf(docsEnd);
  if (start !== -1 && end > start) return page.slice(0, start) + block + page.slice(end + docsEnd.length);
  const heading = /^## Precision[^\n]*\n/m.exec(page);
  if (heading) {
    const at = heading.index + heading[0].length;
    return `${page.slice(0, at)}\n${block}\n${page.slice(at)}`;
  }
  return `${page.replace(/\n*$/, '\n')}\n## Precision\n\n${block}\n`;
}
