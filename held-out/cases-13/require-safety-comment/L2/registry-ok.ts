// A PCI storage controller keeps reset plugins in a registry; the plugin that takes a bound view justifies it inside. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type ResetPlugin = (pdev: pci.Device, regs: devres.Devres<pci.Bar>) => void;

const resetPlugins = new Map<string, ResetPlugin>();

export function registerPlugins(): void {
  resetPlugins.set('soft', (pdev, regs) => {
    // SAFETY: reset plugins run only from the controller's error handler, owned by the driver data.
    regs.access(pdev.asRef().unsafeAsBound()).write32(0x1, 0x80);
  });
  resetPlugins.set('log', (pdev) => console.log(`reset ${pdev.name}`));
}

export function runReset(kind: string, pdev: pci.Device, regs: devres.Devres<pci.Bar>): boolean {
  const plugin = resetPlugins.get(kind);
  plugin?.(pdev, regs);
  return plugin !== undefined;
}
