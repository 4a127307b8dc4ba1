import { pathToFileURL } from 'node:url';
import { ruleCatalogue } from '@bindsafe/core';
import type { LocatedMessage, SourceLocation } from '../location.js';
import type { AnalyzeResult, AnalyzerDiagnostic, ReportedFinding } from '../result.js';
import { toolInformationUri, toolName } from '../version.js';
import { sarifRule } from './sarif-rules.js';

const srcRoot = '%SRCROOT%';
const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';

interface PhysicalLocation {
  readonly artifactLocation: { readonly uri: string; readonly uriBaseId?: string };
  readonly region?: { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number };
}

/**
 * A SARIF 2.1.0 log (one run) for GitHub code scanning and other SARIF viewers: every rule with
 * its descriptions, help and precision; results with regions, related locations, a
 * `primaryLocationLineHash` fingerprint and, for multi-step escapes, a code flow; diagnostics as
 * tool execution notifications. File URIs are repo-relative against `%SRCROOT%`.
 */
export function toSarifLog(result: AnalyzeResult, version: string): object {
  const ruleIndex = new Map(ruleCatalogue.map((rule, i) => [rule.id as string, i]));
  return {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            version,
            semanticVersion: version,
            informationUri: toolInformationUri,
            rules: ruleCatalogue.map(sarifRule),
          },
        },
        originalUriBaseIds: { [srcRoot]: { uri: directoryUri(result.root) } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.diagnostics.map(notification),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId) ?? -1)),
      },
    ],
  };
}

export function formatSarif(result: AnalyzeResult, version: string): string {
  return `${JSON.stringify(toSarifLog(result, version), null, 2)}\n`;
}

function sarifResult(finding: ReportedFinding, ruleIndex: number): object {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    ...(finding.related.length > 0
      ? {
          relatedLocations: finding.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: physicalLocation(r),
            message: { text: r.message },
          })),
        }
      : {}),
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
    ...(finding.flow.length >= 2 ? { codeFlows: [codeFlow(finding.flow)] } : {}),
  };
}

function codeFlow(steps: readonly LocatedMessage[]): object {
  return {
    threadFlows: [
      {
        locations: steps.map((step, i) => ({
          location: { physicalLocation: physicalLocation(step), message: { text: step.message } },
          executionOrder: i + 1,
        })),
      },
    ],
  };
}

function notification(d: AnalyzerDiagnostic): object {
  const where: SourceLocation | undefined =
    d.line !== undefined
      ? { file: d.file, path: d.file, line: d.line, column: d.column ?? 1, endLine: d.line, endColumn: d.column ?? 1 }
      : undefined;
  return {
    level: d.skipped ? 'warning' : 'note',
    message: { text: `${d.file}: ${d.message}` },
    locations: [{ physicalLocation: where ? physicalLocation(where) : { artifactLocation: artifact(d.file) } }],
  };
}

function physicalLocation(location: SourceLocation): PhysicalLocation {
  return {
    artifactLocation: artifact(location.file),
    region: {
      startLine: location.line,
      startColumn: location.column,
      endLine: location.endLine,
      // SARIF regions may not be empty at a line's end; an empty span still marks its column.
      endColumn: location.endLine === location.line && location.endColumn <= location.column ? location.column + 1 : location.endColumn,
    },
  };
}

/** A repo-relative path as a URI reference against `%SRCROOT%`; an absolute path as a file URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/')) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
