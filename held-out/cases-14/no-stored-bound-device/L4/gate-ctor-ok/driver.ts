// A platform clock controller wraps its gate register in a framework ClkGate (through the clk barrel) that files only its name globally; the gate lives in the driver data. [class 4]
import type { platform } from '@bindsafe/kernel';
import { ClkGate } from './clk/index.js';

interface CcuData {
  readonly gates: ClkGate[];
}

export const ccu_driver: platform.Driver<CcuData> = {
  name: 'ccu',
  idTable: [{ compatible: 'acme,ccu' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const uart = new ClkGate('uart0', io, 3);
    uart.enable();
    return { gates: [uart] };
  },
};
