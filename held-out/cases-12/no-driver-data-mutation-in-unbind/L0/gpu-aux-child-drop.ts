// A PCI GPU creates its display child as an auxiliary device and removes it by hand in unbind. [class 1]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface GpuCore {
  readonly bar: devres.Devres<pci.Bar>;
  readonly display: auxiliary.Registration;
}

export const gpuCoreDriver: pci.Driver<GpuCore> = {
  name: 'gpu-core',
  idTable: [{ vendor: 0x10de, device: 0x2204 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const bar = pdev.iomapRegion(0, 'gpu-core/bar0');
    const display = auxiliary.Registration.new(pdev.asRef(), 'display', 0, 'gpu_core');
    return { bar, display };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`gpu-core: removing ${data.display.name}`);
    void data.display.drop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    data.bar.access(pdev.asRef()).write32(0, 0x200);
  },
};
