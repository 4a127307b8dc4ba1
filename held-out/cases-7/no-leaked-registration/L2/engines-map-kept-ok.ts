// A video encoder creates one child per engine in a map callback and keeps the resulting array in the data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface EncData {
  readonly engines: readonly auxiliary.Registration[];
}

export const encDriver: pci.Driver<EncData, { engines: readonly string[] }> = {
  name: 'held7-venc',
  idTable: [{ vendor: 0x10de, device: 0x2204, info: { engines: ['nvenc0', 'nvenc1'] } }],
  probe(pdev, info) {
    const names = info?.engines ?? ['nvenc0'];
    const engines = names.map((name, i) => auxiliary.Registration.new(pdev.asRef(), name, i, 'held7_venc'));
    return { engines };
  },
};
