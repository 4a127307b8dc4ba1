import type { RelatedLocation } from '@bindsafe/core';
import type { ts } from 'ts-morph';
import { fingerprints } from '../fingerprint.js';
import { lineText, locate, locateFile, type LocatedMessage } from '../location.js';
import type { ReportedFinding, ReportSeverity } from '../result.js';
import type { RawFinding } from './raw-finding.js';

/**
 * Turns one file's raw findings into reported ones: lines and columns, related locations in any
 * file of the program, and fingerprints (computed per file, so occurrences count within it).
 */
export function locateFindings(
  program: ts.Program,
  sourceFile: ts.SourceFile,
  findings: readonly { raw: RawFinding; severity: ReportSeverity }[],
  root: string,
): ReportedFinding[] {
  const located = findings.map(({ raw }) => {
    const location = locate(sourceFile, raw.start, raw.end, root);
    return {
      location,
      key: {
        ruleId: raw.ruleId,
        file: location.file,
        lineText: lineText(sourceFile, location.line),
        spanText: sourceFile.text.slice(raw.start, raw.end),
        start: raw.start,
      },
    };
  });
  const prints = fingerprints(located.map((l) => l.key));
  const locateRelated = (r: RelatedLocation): LocatedMessage => {
    const file = program.getSourceFile(r.fileName);
    const where = file ? locate(file, r.start, r.end, root) : locateFile(r.fileName, root);
    return { ...where, message: r.message };
  };
  return findings.map(({ raw, severity }, i) => ({
    ruleId: raw.ruleId,
    messageId: raw.messageId,
    severity,
    message: raw.message,
    data: raw.data,
    location: (located[i] as (typeof located)[number]).location,
    related: raw.related.map(locateRelated),
    flow: raw.flow.map(locateRelated),
    suggestions: raw.suggestions,
    fingerprint: prints[i] as string,
  }));
}
