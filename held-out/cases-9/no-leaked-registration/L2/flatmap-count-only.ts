// A USB4 router makes children for its enabled adapters with `flatMap` and keeps only how many there are.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Adapter {
  readonly index: number;
  readonly enabled: boolean;
}

const adapters: readonly Adapter[] = [
  { index: 0, enabled: true },
  { index: 1, enabled: false },
  { index: 2, enabled: true },
];

interface RouterData {
  readonly enabledCount: number;
}

export const routerDriver: pci.Driver<RouterData> = {
  name: 'held9-router',
  idTable: [{ vendor: 0x8086, device: 0x9a1b }],
  probe(pdev) {
    const children = adapters.flatMap((a) =>
      a.enabled ? [auxiliary.Registration.new(pdev.asRef(), 'adapter', a.index, 'held9_usb4')] : [], // expect: bindsafe/no-leaked-registration
    );
    return { enabledCount: children.length };
  },
};
