import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine, EngineRuleId } from '@bindsafe/core';
import { analyze } from '../src/analyze.js';
import type { EngineFactory } from '../src/analysis/engine-factory.js';
import type { ReportedFinding } from '../src/result.js';
import { createPackageLookup } from '../src/type-contract/package-of.js';
import { tempProject } from './helpers/temp-project.js';

const fixture = fileURLToPath(new URL('./fixtures/type-contract/', import.meta.url)).replace(/\/$/, '');

/** Every file reaches the model except `unreached.ts`; the engine itself finds nothing. */
const reachEngine: EngineFactory = () => {
  const engine: Engine = {
    analyzeFile: (sourceFile) => ({ findings: [], diagnostics: [], reachesModel: !sourceFile.fileName.endsWith('/unreached.ts') }),
  };
  return engine;
};

const engineRulesOff: Partial<Record<EngineRuleId, 'off'>> = {
  'no-leaked-unbind-guard': 'off',
  'no-stored-bound-device': 'off',
  'no-unregistered-device-use': 'off',
  'no-unchecked-unbind-guard': 'off',
  'no-leaked-registration': 'off',
  'no-driver-data-mutation-in-unbind': 'off',
  'require-safety-comment': 'off',
};

let findings: readonly ReportedFinding[] = [];
let suppressedCount = 0;

beforeAll(async () => {
  const result = await analyze({ cwd: fixture, root: fixture, engine: reachEngine, config: false, rules: { 'type-contract': 'error' } });
  findings = result.findings;
  suppressedCount = result.stats.suppressedCount;
});

function findingsIn(file: string) {
  return findings
    .filter((f) => f.location.file === `src/${file}`)
    .map((f) => ({ line: f.location.line, column: f.location.column, ruleId: f.ruleId, contract: f.data['contract'], code: f.data['code'], message: f.message }));
}

describe('type-contract: the items of model.md "What tsc must reject"', () => {
  it('Core-only calls on a Bound or Normal device', () => {
    expect(findingsIn('core-only-call.ts')).toEqual([
      {
        line: 4,
        column: 1,
        ruleId: 'type-contract',
        contract: 'core-only-call',
        code: '2684',
        message:
          "`enableDeviceMem()` may only be called on the `pci.Device<Core>` a bus callback receives (probe, unbind): a `pci.Device<Bound>` proves the device is bound, not that a callback of it is running. Call it in probe or unbind, on the callback's own device. (TS2684: The 'this' context of type 'Device<Bound>' is not assignable to method's 'this' of type 'Device<Core>'.)",
      },
      expect.objectContaining({ line: 5, contract: 'core-only-call', code: '2684', message: expect.stringContaining('a `pci.Device<Normal>` proves nothing about binding') }),
    ]);
  });

  it('unbindGuard/withUnbindGuard on an UnregisteredDevice or an Uninit device', () => {
    expect(findingsIn('guard-on-unregistered.ts')).toEqual([
      expect.objectContaining({
        line: 5,
        contract: 'registered-only-on-unregistered',
        code: '2339',
        message: expect.stringMatching(/^`unbindGuard\(\)` needs a registered DRM device: a `drm\.UnregisteredDevice` is not registered.*\(TS2339: Property 'unbindGuard' does not exist on type 'UnregisteredDevice<PciDrm>'\.\)$/),
      }),
      expect.objectContaining({ line: 6, contract: 'registered-only-on-unregistered', code: '2684', message: expect.stringContaining('a `drm.Device<Uninit>` is not registered') }),
      expect.objectContaining({ line: 7, contract: 'registered-only-on-unregistered', code: '2684', message: expect.stringMatching(/^`withUnbindGuard\(\)` needs a registered DRM device/) }),
      expect.objectContaining({ line: 8, contract: 'registered-only-on-unregistered', code: '2322', message: expect.stringMatching(/^A `drm\.Device<Uninit>` is not registered: the type declared here needs a `drm\.Device<Registered>`/) }),
    ]);
  });

  it('Bound-only calls on a Normal device', () => {
    expect(findingsIn('bound-only-on-normal.ts')).toEqual([
      expect.objectContaining({
        line: 4,
        contract: 'bound-only-call',
        code: '2684',
        message: expect.stringMatching(/^A `pci\.Device<Normal>` proves nothing about binding: `iomapRegion\(\)` needs a `pci\.Device<Bound>`/),
      }),
    ]);
  });

  it('a Normal device where Device<Bound> is required', () => {
    expect(findingsIn('normal-where-bound.ts')).toEqual([
      expect.objectContaining({ line: 5, column: 38, contract: 'normal-where-bound-required', code: '2345', message: expect.stringContaining('`devres.Devres` needs a `device.Device<Bound>`') }),
      expect.objectContaining({ line: 6, contract: 'normal-where-bound-required', code: '2345', message: expect.stringContaining('`auxiliary.Registration.new` needs a `device.Device<Bound>`') }),
      expect.objectContaining({ line: 7, contract: 'normal-where-bound-required', code: '2322', message: expect.stringContaining('the type declared here needs a `device.Device<Bound>`') }),
    ]);
  });

  it('a Bound device where Device<Core> is required', () => {
    expect(findingsIn('bound-where-core.ts')).toEqual([
      expect.objectContaining({ line: 4, contract: 'bound-where-core-required', code: '2322', message: expect.stringMatching(/^A `pci\.Device<Bound>` proves the device is bound, not that a bus callback is running/) }),
    ]);
  });

  it('a registered device where an UnregisteredDevice is required', () => {
    expect(findingsIn('registered-where-unregistered.ts')).toEqual([
      expect.objectContaining({
        line: 5,
        column: 53,
        contract: 'registered-where-unregistered-required',
        code: '2345',
        message: expect.stringMatching(/^`drm\.Registration\.new` needs the `drm\.UnregisteredDevice` .* a `drm\.Device<Registered>` is already registered/),
      }),
      expect.objectContaining({
        line: 6,
        contract: 'registered-where-unregistered-required',
        message: expect.stringContaining('a `drm.Device<Uninit>` is not one: it is a view of a DRM device that may already be registered'),
      }),
    ]);
  });

  it('mixing bus device types', () => {
    expect(findingsIn('mixing-bus-types.ts')).toEqual([
      expect.objectContaining({ line: 5, contract: 'mixing-bus-device-types', code: '2345', message: expect.stringMatching(/^A `platform\.Device<Bound>` is not a `pci\.Device<Bound>`/) }),
      // TS2740: the platform device lacks the PCI device's members (each bus's device type is its own class).
      expect.objectContaining({ line: 6, contract: 'mixing-bus-device-types', code: '2740', message: expect.stringMatching(/^A `platform\.Device<Normal>` is not a `pci\.Device<Normal>`/) }),
      expect.objectContaining({
        line: 7,
        contract: 'mixing-bus-device-types',
        code: '2739',
        message: expect.stringMatching(/^A `pci\.Device<Bound>` is not a `device\.Device<Bound>`: a bus device and the generic device are different types; use `\.asRef\(\)`/),
      }),
    ]);
  });

  it('an ioctl handler with the wrong argument types', () => {
    expect(findingsIn('ioctl-handler.ts')).toEqual([
      expect.objectContaining({ line: 8, column: 5, contract: 'ioctl-handler-argument-types', code: '2322', message: expect.stringMatching(/^An ioctl handler is called as `\(dev, regData, arg, file\)`.*\(TS2322: /) }),
    ]);
  });

  it('constructing a bound device by hand', () => {
    expect(findingsIn('bound-device-by-hand.ts')).toEqual([
      expect.objectContaining({ line: 3, contract: 'device-by-hand', code: '2673', message: expect.stringMatching(/^`device\.Device` has no public constructor: only the driver core makes one/) }),
      expect.objectContaining({ line: 4, contract: 'device-by-hand', code: '2673', message: expect.stringMatching(/^`pci\.Device` has no public constructor/) }),
      expect.objectContaining({ line: 5, contract: 'device-by-hand', code: '2740', message: expect.stringMatching(/^An object literal is not a `pci\.Device<Bound>`/) }),
    ]);
  });

  it('other errors that involve a model type get the generic rewording', () => {
    expect(findingsIn('generic.ts')).toEqual([
      expect.objectContaining({ line: 3, contract: 'model-types', code: '2322', message: expect.stringMatching(/^This use of `pci\.Device<Bound>` breaks the model's type contract/) }),
    ]);
  });
});

describe('type-contract: what it leaves alone', () => {
  it('tsc errors that do not involve the model’s types', () => {
    expect(findingsIn('not-the-model.ts')).toEqual([]);
  });

  it('files that do not reach the model', () => {
    expect(findingsIn('unreached.ts')).toEqual([]);
  });

  it('errors silenced by @ts-expect-error, and findings silenced by an eslint-disable directive', () => {
    expect(findingsIn('suppressed.ts')).toEqual([]);
    expect(suppressedCount).toBe(1);
  });

  it('keeps tsc’s messages free of machine-specific paths', () => {
    for (const f of findings) expect(f.message).not.toContain('import("');
  });

  it('can be turned off', async () => {
    const result = await analyze({ cwd: fixture, root: fixture, engine: reachEngine, config: false, rules: { 'type-contract': 'off' } });
    expect(result.findings.filter((f) => f.ruleId === 'type-contract')).toEqual([]);
  });
});

describe('type-contract with the real engine', () => {
  it('reports the same type-contract findings: the engine says which files reach the model', async () => {
    const result = await analyze({ cwd: fixture, root: fixture, config: false, rules: { ...engineRulesOff, 'type-contract': 'error' } });
    const real = result.findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId}`);
    const expected = findings.filter((f) => f.location.file !== 'src/unreached.ts').map((f) => `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId}`);
    expect(real.filter((line) => !line.startsWith('src/unreached.ts'))).toEqual(expected);
  });
});

describe('the package of a declaration', () => {
  it('is the name of the nearest package.json, for sources and for installed declarations', () => {
    const dir = tempProject({
      'packages/kernel/package.json': '{ "name": "@bindsafe/kernel" }',
      'packages/kernel/src/pci/device.ts': '',
      'app/node_modules/@bindsafe/kernel/package.json': '{ "name": "@bindsafe/kernel", "version": "1.0.0" }',
      'app/node_modules/@bindsafe/kernel/dist/pci/device.d.ts': '',
      'app/package.json': '{ "name": "app" }',
      'app/src/main.ts': '',
    });
    mkdirSync(`${dir}/app/src/deep/er`, { recursive: true });
    writeFileSync(`${dir}/app/src/deep/er/x.ts`, '');
    const packageOf = createPackageLookup();
    expect(packageOf(`${dir}/packages/kernel/src/pci/device.ts`)).toEqual({ name: '@bindsafe/kernel', dir: `${dir}/packages/kernel` });
    expect(packageOf(`${dir}/app/node_modules/@bindsafe/kernel/dist/pci/device.d.ts`)?.name).toBe('@bindsafe/kernel');
    expect(packageOf(`${dir}/app/src/deep/er/x.ts`)?.name).toBe('app');
  });
});
