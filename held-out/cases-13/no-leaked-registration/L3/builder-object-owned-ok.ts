// A builder class assembles the port children and hands the finished set over to the data. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class PortSet {
  constructor(readonly ports: readonly auxiliary.Registration[], readonly primary: string) {}
}

class PortSetBuilder {
  readonly #ports: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}

  add(id: number): this {
    this.#ports.push(auxiliary.Registration.new(this.parent, 'port', id, 'switchtec'));
    return this;
  }

  build(): PortSet {
    return new PortSet([...this.#ports], this.#ports[0]?.name ?? 'none');
  }
}

export const switchtecDriver: pci.Driver<{ readonly ports: PortSet }> = {
  name: 'switchtec-lite',
  idTable: [{ vendor: 0x11f8, device: 0x8531 }],
  probe(pdev) {
    const builder = new PortSetBuilder(pdev.asRef());
    builder.add(0);
    builder.add(1);
    const ports = builder.build();
    return { ports };
  },
};
