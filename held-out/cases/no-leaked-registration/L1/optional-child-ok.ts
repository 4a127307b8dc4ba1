// An optional child kept in the data when the board has it.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Data {
  readonly display?: auxiliary.Registration;
  readonly headless: boolean;
}

export const driver: pci.Driver<Data, { readonly headless: boolean }> = {
  name: 'held-nlr-optional',
  idTable: [{ vendor: 0x10de, device: 0x3050, info: { headless: true } }],
  probe(pdev, info) {
    const headless = info?.headless ?? false;
    if (headless) return { headless };
    const display = auxiliary.Registration.new(pdev.asRef(), 'display', 0, 'held_core');
    return { display, headless };
  },
};
