// A display bridge builds `[name, child] as const` entries with `map` and keeps the `Map` made from them.
import { auxiliary, type pci } from '@bindsafe/kernel';

const connectors = ['edp', 'hdmi', 'usbc'] as const;
type Connector = (typeof connectors)[number];

interface BridgeData {
  readonly connectors: Map<Connector, auxiliary.Registration>;
}

export const dispBridgeDriver: pci.Driver<BridgeData> = {
  name: 'held9-dispbridge',
  idTable: [{ vendor: 0x1002, device: 0x15d8 }],
  probe(pdev) {
    const entries = connectors.map((c) => [c, auxiliary.Registration.new(pdev.asRef(), c, 0, 'held9_dispbr')] as const);
    return { connectors: new Map(entries) };
  },
};
