// A platform serial port makes a Port whose constructor keeps the IoMem and registers `this` in a static array.
import type { platform } from '@bindsafe/kernel';

class Port {
  static readonly all: Port[] = [];

  constructor(
    readonly label: string,
    private readonly io: platform.IoMem,
  ) {
    Port.all.push(this);
  }

  send(byte: number): void {
    this.io.write32(byte & 0xff, 0x00);
  }
}

export const driver: platform.Driver<{ readonly port: Port }> = {
  name: 'held8-serial-static-ctor',
  idTable: [{ compatible: 'acme,uart' }],
  probe(pdev) {
    const port = new Port('ttyACME0', pdev.iomapResource(0).access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    port.send(0x0d);
    return { port };
  },
};
