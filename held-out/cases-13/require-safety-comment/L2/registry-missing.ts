// A PCI storage controller keeps reset plugins in a registry; one plugin takes a bound view unjustified. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type ResetPlugin = (pdev: pci.Device, regs: devres.Devres<pci.Bar>) => void;

const resetPlugins = new Map<string, ResetPlugin>();

export function registerPlugins(): void {
  resetPlugins.set('soft', (pdev, regs) => {
    regs.access(pdev.asRef().unsafeAsBound()).write32(0x1, 0x80); // expect: bindsafe/require-safety-comment
  });
  resetPlugins.set('log', (pdev) => console.log(`reset ${pdev.name}`));
}

export function runReset(kind: string, pdev: pci.Device, regs: devres.Devres<pci.Bar>): boolean {
  const plugin = resetPlugins.get(kind);
  plugin?.(pdev, regs);
  return plugin !== undefined;
}
