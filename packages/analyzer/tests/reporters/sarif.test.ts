import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '@bindsafe/core';
import { formatSarif, toSarifLog } from '../../src/reporters/sarif.js';
import { markerEngine } from '../helpers/marker-engine.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { emptyResult, sampleResult } from '../helpers/sample-result.js';
import { tempTsProject } from '../helpers/temp-project.js';

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
    results: Record<string, unknown>[];
    invocations: { toolExecutionNotifications: Record<string, unknown>[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
  }[];
}

const log = (): SarifLog => toSarifLog(sampleResult(), '1.2.3') as SarifLog;

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    for (const result of [sampleResult(), emptyResult()]) {
      const document: unknown = JSON.parse(formatSarif(result, '1.2.3'));
      expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('matches the snapshot (rule metadata comes from the catalogue and is checked below)', () => {
    const document = toSarifLog(sampleResult(), '1.2.3') as SarifLog;
    const driver = document.runs[0]?.tool.driver;
    if (driver) driver.rules = driver.rules.map((r) => ({ id: r['id'] }));
    expect(JSON.stringify(document, null, 2)).toMatchSnapshot();
  });

  it('describes every rule with what code scanning reads', () => {
    const rules = log().runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r['id'])).toEqual(ruleCatalogue.map((r) => r.id));
    for (const rule of rules) {
      expect(rule).toMatchObject({
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.stringContaining('[Documentation](https://') },
        helpUri: expect.stringMatching(/^https:\/\/.+\.md$/),
        properties: { precision: expect.stringMatching(/^(very-high|high|medium)$/), tags: expect.arrayContaining(['bindsafe']) },
      });
    }
  });

  it('gives results regions, related locations, a fingerprint and a code flow for multi-step escapes', () => {
    const [escape, suppression] = log().runs[0]?.results ?? [];
    expect(escape).toMatchObject({
      ruleId: 'no-leaked-unbind-guard',
      ruleIndex: 0,
      level: 'error',
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'src/drm/driver.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 24 } } },
      ],
      relatedLocations: [
        { id: 1, message: { text: 'the critical section opens here' } },
        { id: 2, physicalLocation: { artifactLocation: { uri: 'src/helpers/keep.ts' } }, message: { text: 'a helper stores it here' } },
      ],
      partialFingerprints: { primaryLocationLineHash: '0123456789abcdef:1' },
    });
    const flow = (escape?.['codeFlows'] as { threadFlows: { locations: { location: { message: { text: string } } }[] }[] }[])[0];
    expect(flow?.threadFlows[0]?.locations.map((l) => l.location.message.text)).toEqual(['guard taken', 'parent read', 'stored in a module variable']);
    expect(suppression).toMatchObject({ ruleId: 'suppression', level: 'warning' });
    expect(suppression).not.toHaveProperty('codeFlows');
    expect(suppression).not.toHaveProperty('relatedLocations');
  });

  it('escapes file names into URIs and anchors them at the repository root', () => {
    const run = log().runs[0];
    expect(run?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(JSON.stringify(run?.results[2])).toContain('"uri":"src/odd%2C%20name.ts"');
  });

  it('lists diagnostics as tool execution notifications', () => {
    expect(log().runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'src/broken.ts: syntax error: Expression expected. (TS1109); file skipped' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 8 } } }],
      },
      {
        level: 'note',
        message: { text: 'src/eval.ts: could not follow a value through eval' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/eval.ts', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
  });

  it('the CLI output of a real run validates too', async () => {
    const cwd = tempTsProject({
      'a.ts': `import type {} from '@bindsafe/kernel';\n// eslint-disable-next-line bindsafe/no-leaked-unbind-guard\nexport const x = /*@no-stored-bound-device*/ globalThis;\n`,
      'b.ts': 'export const = ;\n',
    });
    const run = await runCli(['analyze', '--format', 'sarif'], { cwd, engine: markerEngine().factory });
    expect(run.code).toBe(1);
    const validate = sarifValidator();
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
    const results = (JSON.parse(run.stdout) as SarifLog).runs[0]?.results ?? [];
    expect(results.map((r) => r['ruleId'])).toEqual(['suppression', 'suppression', 'no-stored-bound-device']);
  });
});
