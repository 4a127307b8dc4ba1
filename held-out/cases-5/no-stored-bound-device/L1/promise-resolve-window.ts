// An FPGA card picks its control BAR with `??` and publishes it as a module-level `Promise.resolve(bar)` for late consumers. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

interface FpgaInfo {
  readonly ctrlBar?: number;
}

export let controlReady: Promise<pci.Bar> | undefined;

interface FpgaData {
  readonly ctrl: devres.Devres<pci.Bar>;
}

export const fpgaDriver: pci.Driver<FpgaData, FpgaInfo> = {
  name: 'held-fpga-ctrl',
  idTable: [
    { vendor: 0x1172, device: 0xe001, info: { ctrlBar: 2 } },
    { vendor: 0x1172, device: 0xe002 },
  ],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const ctrl = pdev.iomapRegion(info?.ctrlBar ?? 0, 'held-fpga-ctrl');
    const bar = ctrl.access(pdev.asRef());
    const chosen = bar.size >= 0x1000 ? bar : undefined;
    controlReady = Promise.resolve(chosen ?? bar); // expect: bindsafe/no-stored-bound-device
    return { ctrl };
  },
};

export async function firmwareVersion(): Promise<number> {
  const bar = await (controlReady ?? Promise.reject(new Error('no FPGA')));
  return bar.read32(0x0);
}
