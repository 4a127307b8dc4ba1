import { describe, expect, it } from 'vitest';
import { Kernel, type devres, type pci } from '@bindsafe/kernel';

// The first example of docs/model.md, kept runnable.
class Sample {
  constructor(
    readonly pdev: pci.Device,
    readonly bar: devres.Devres<pci.Bar>,
  ) {}
}

const sampleDriver: pci.Driver<Sample> = {
  name: 'sample',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(0, 'sample');
    bar.access(pdev.asRef()).write32(1, 0);
    return new Sample(pdev.toNormal(), bar);
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0);
  },
};

describe('the docs/model.md example', () => {
  it('runs as documented', async () => {
    const kernel = new Kernel();
    const dev = await kernel.pci.addDevice({ vendor: 0x1b36, device: 0x0005, bars: [{ size: 0x1000 }] });
    await kernel.pci.registerDriver(sampleDriver);
    await kernel.unbind(dev);
    expect(kernel.formatLog().split('\n').map((line) => line.replace(/^\[t=0\] pci 0000:00:01\.0\s+/, ''))).toEqual([
      'device-added: added',
      '[t=0] pci driver                     driver-registered: sample',
      'probe: sample',
      'bound: sample',
      'unbind: sample',
      'data-dropped: sample driver data dropped',
      expect.stringMatching(/^devres-released: Devres<Bar>#\d+ of pci 0000:00:01\.0 revoked$/),
      'unbound: sample',
    ]);
  });
});
