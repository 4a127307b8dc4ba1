// An MFD board smoke-tests each cell from a forEach callback: the probe child is created, named and dropped right away. [class 1, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const SMOKE = [
  { name: 'smoke-rtc', id: 10 },
  { name: 'smoke-wdt', id: 11 },
] as const;

interface MfdData {
  readonly tested: string[];
}

export const mfdSmokeDriver: pci.Driver<MfdData> = {
  name: 'mfd-smoke',
  idTable: [{ vendor: 0x10ec, device: 0x522a }],
  probe(pdev) {
    const tested: string[] = [];
    SMOKE.forEach(({ name, id }) => {
      const probeChild = auxiliary.Registration.new(pdev.asRef(), name, id, 'mfd_smoke');
      tested.push(probeChild.name);
      void probeChild.drop();
    });
    return { tested };
  },
};
