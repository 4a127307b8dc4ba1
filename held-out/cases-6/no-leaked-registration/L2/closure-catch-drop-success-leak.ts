// A crypto engine's attach closure drops the child only if its self-test throws; on success it leaks. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface EngineData {
  readonly online: number;
}

function selfTest(id: number): void {
  if (id > 7) throw new Error(`engine ${id}: KAT failed`);
}

export const driver: pci.Driver<EngineData> = {
  name: 'held6-ccp-attach',
  idTable: [{ vendor: 0x1022, device: 0x1468 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const tryAttach = (id: number): boolean => {
      const child = auxiliary.Registration.new(parent, 'ccp-queue', id, 'held6_ccpq'); // expect: bindsafe/no-leaked-registration
      try {
        selfTest(id);
      } catch {
        void child.drop();
        return false;
      }
      return true;
    };
    const online = [0, 1, 2].filter(tryAttach).length;
    return { online };
  },
};
