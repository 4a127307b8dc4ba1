// @ts-check
/** DRM drivers: a pci GPU (`gpu`) or a platform panel (`panel`) with a registered DRM device. */
import { hex, kernel, writeLateBind } from './shared.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/**
 * A pci GPU (`gpu`) or a platform panel (`panel`) with a DRM device.
 * @param {SourceWriter} w @param {FileSpec} spec @param {{ h: number, from: string }} hw
 */
export function writeDrm(w, spec, hw) {
  const { index: i, plant } = spec;
  const { h } = hw;
  const gpu = spec.kind === 'gpu';
  const T = gpu ? 'Gpu' : 'Panel';
  const bus = gpu ? 'pci' : 'platform';
  const Mem = gpu ? 'pci.Bar' : 'platform.IoMem';
  w.import(kernel, ['device', 'devres', 'drm', bus, ...(plant === 'leaked-registration' ? ['auxiliary'] : [])]);
  w.import(hw.from, [
    `type ${T}Device${h}`,
    `type ${T}Driver${h}`,
    gpu ? `gpuStatus${h}` : `panelStatus${h}`,
    gpu ? `gpuVendor${h}` : `panelName${h}`,
    ...(gpu ? [`readId${h}`] : [`ioStatus${h}`]),
    ...(plant === 'guard-parent-via-helper' ? [`track${T}Parent${h}`] : []),
  ]);
  const ioctls = gpu
    ? `    getParam(_dev, regData, arg, file) {
      file.inner().ops += 1;
      return regData.bar.read32(arg & 0xfc);
    },
    submit(_dev, regData, arg, _file) {
      regData.queue.push(arg);
      return regData.queue.length;
    },`
    : `    flip(_dev, regData, arg, file) {
      file.inner().flips += 1;
      regData.frames.push(arg);
      return regData.io.read32(0x08);
    },`;
  w.add(`const drm${i}: ${T}Driver${h} = {
  info: { name: '${spec.kind}${i}', desc: 'Synthetic ${spec.kind} ${i}', major: 1, minor: ${i % 10}, patchlevel: 0 },
  bus: '${bus}',
  openFile(_dev) {
    return { id: ${i}, ${gpu ? 'ops' : 'flips'}: 0 };
  },
  ioctls: {
${ioctls}
  },
};

/** Driver data: owns the DRM registration (dropped first at unbind) and the mapping. */
class ${T}${i} implements AsyncDisposable {
  constructor(
    readonly registration: drm.Registration<${T}Driver${h}>,
    readonly mem: devres.Devres<${Mem}>,
  ) {}

  device(): ${T}Device${h} {
    return this.registration.device();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.registration.drop();
  }
}

export const ${spec.kind}Driver${i}: ${bus}.Driver<${T}${i}> = {
  name: '${spec.kind}${i}',
  idTable: [${gpu ? `{ vendor: 0x10de, device: ${hex(0x3000 + (i % 0xc000))} }` : `{ compatible: 'synth,panel${i}' }`}],
  probe(dev) {`);
  if (gpu) {
    w.add(`    dev.enableDeviceMem();
    dev.setMaster();
    const mem = dev.iomapRegion(0, 'gpu${i}');
    const regs = mem.access(dev.asRef());
    const udev = drm.UnregisteredDevice.new(drm${i}, dev, { chip: \`g\${readId${h}(regs)}\`, counters: new Map<string, number>() });
    udev.data.counters.set('probe', 1);
    const registration = drm.Registration.new(dev, udev, { bar: regs, queue: [] }, 0);`);
  } else {
    w.add(`    const mem = dev.iomapResource(0);
    const regs = mem.access(dev.asRef());
    const udev = drm.UnregisteredDevice.new(drm${i}, dev, { model: \`p\${ioStatus${h}(regs)}\`, modes: new Set<string>() });
    udev.data.modes.add('1920x1080');
    const registration = drm.Registration.new(dev, udev, { io: regs, frames: [] }, 0);`);
  }
  if (plant === 'use-after-move') {
    w.plant(gpu ? `    udev.data.counters.set('registered', 1);` : `    udev.data.modes.add('1280x720');`, plant);
  }
  if (plant === 'leaked-registration') w.plant(`    auxiliary.Registration.new(dev.asRef(), 'audio', ${i}, '${spec.kind}${i}');`, plant);
  w.add(`    return new ${T}${i}(registration, mem);
  },
};

export function status${i}(card: ${T}${i}): number {
  return ${gpu ? `gpuStatus${h}` : `panelStatus${h}`}(card.device()) ?? -1;
}

export function ident${i}(card: ${T}${i}): ${gpu ? 'number' : 'string'} | undefined {
  return ${gpu ? `gpuVendor${h}` : `panelName${h}`}(card.device());
}

/** What userspace does: open the device and issue ioctls (handles and files may be kept anywhere). */
export async function submit${i}(card: ${T}${i}, work: readonly number[]): Promise<number> {
  const ddev = card.device();
  const file = ddev.openFile();
  let last = 0;
  for (const item of work) last = await ddev.ioctl('${gpu ? 'submit' : 'flip'}', item, file);
  return last;
}

/** Pokes the hardware inside a critical section. */
export function poke${i}(card: ${T}${i}, value: number): boolean {
  using guard = card.device().unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    data.${gpu ? 'bar' : 'io'}.write32(value, 0x10);
  });
  return true;
}`);
  const Parent = `${bus}.Device<device.Bound>`;
  switch (plant) {
    case 'guard-parent-pushed':
      w.add(`
const seenParents${i}: ${Parent}[] = [];

export function inspect${i}(card: ${T}${i}): void {
  using guard = card.device().unbindGuard();
  if (!guard) return;`);
      w.plant(`  seenParents${i}.push(guard.parent);`, plant);
      w.add(`}

export function seen${i}(): number {
  return seenParents${i}.length;
}`);
      break;
    case 'guard-not-released':
      w.add(`
export function peek${i}(card: ${T}${i}): string {`);
      w.plant(`  const guard = card.device().unbindGuard();`, plant);
      w.add(`  if (!guard) return '';
  return guard.parent.asRef().name;
}`);
      break;
    case 'guard-parent-via-helper':
      w.add(`
export function audit${i}(card: ${T}${i}): void {
  using guard = card.device().unbindGuard();
  if (!guard) return;`);
      w.plant(`  track${T}Parent${h}(guard.parent);`, plant);
      w.add(`}`);
      break;
    case 'unchecked-guard':
      w.add(`
export function parentName${i}(card: ${T}${i}): string {`);
      w.plant(`  using guard = card.device().unbindGuard()!;`, plant);
      w.add(`  return guard.parent.asRef().name;
}`);
      break;
    default:
      break;
  }
  writeLateBind(w, spec);
}
