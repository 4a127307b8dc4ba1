// An FPGA manager schedules its region children with queueMicrotask and files them in a module-level Map by region id. [class 5]
import { auxiliary, type pci } from '@bindsafe/kernel';

const REGIONS = new Map<number, string>([
  [0, 'static'],
  [1, 'partial'],
]);

const regionsById = new Map<number, auxiliary.Registration>();

interface FpgaData {
  readonly regionIds: number[];
}

export const fpgaDriver: pci.Driver<FpgaData> = {
  name: 'fpga-mgr',
  idTable: [{ vendor: 0x1172, device: 0xe001 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    queueMicrotask(() => {
      // SAFETY: the microtask runs right after probe, before any unbind of this device can start.
      const parent = handle.asRef().unsafeAsBound();
      for (const [id, name] of REGIONS) {
        regionsById.set(id, auxiliary.Registration.new(parent, name, id, 'fpga_mgr')); // expect: bindsafe/no-leaked-registration
      }
    });
    return { regionIds: [...REGIONS.keys()] };
  },
};
