// Connector children are made for the enabled connectors in a `filter().forEach()` callback, logged and forgotten. [class 7]
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

interface Connector {
  readonly kind: 'hdmi' | 'dp' | 'dsi';
  readonly enabled: boolean;
}

interface Board {
  readonly connectors: readonly Connector[];
}

interface Display {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly connectors: number;
}

export const displayDriver: platform.Driver<Display, Board> = {
  name: 'held4-vop',
  idTable: [
    {
      compatible: 'held4,vop2',
      info: {
        connectors: [
          { kind: 'hdmi', enabled: true },
          { kind: 'dp', enabled: false },
          { kind: 'dsi', enabled: true },
        ],
      },
    },
  ],
  probe(pdev, info) {
    const mmio = pdev.iomapResource(0);
    const enabled = (info?.connectors ?? []).filter((c) => c.enabled);
    enabled.forEach((connector, index) => {
      const child = auxiliary.Registration.new(pdev.asRef(), connector.kind, index, 'held4_vop'); // expect: bindsafe/no-leaked-registration
      pdev.asRef().info(`connector ${child.name} registered`);
    });
    return { mmio, connectors: enabled.length };
  },
};
