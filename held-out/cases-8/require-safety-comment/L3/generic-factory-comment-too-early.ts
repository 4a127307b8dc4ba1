// A PCI accelerator's generic @unsafe factory is called one statement below its SAFETY comment: the comment is unused and the call uncovered.
import type { device, devres, pci } from '@bindsafe/kernel';

interface Tagged<T> {
  readonly owner: string;
  readonly value: T;
}

/**
 * Tags a value with the bound device's name.
 * @unsafe The handle's device must be bound during the call.
 */
function tagWith<T>(handle: device.Device<device.Normal>, value: T): Tagged<T> {
  // SAFETY: forwarded from tagWith's contract.
  return { owner: handle.unsafeAsBound().name, value };
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly queue: Tagged<number[]> }> = {
  name: 'held8-accel-generic',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    // SAFETY: probe runs with the device bound. // expect: bindsafe/require-safety-comment
    const regs = pdev.iomapRegion(0, 'accel');
    const queue = tagWith(pdev.asRef().toNormal(), [0, 1, 2]); // expect: bindsafe/require-safety-comment
    return { regs, queue };
  },
};
