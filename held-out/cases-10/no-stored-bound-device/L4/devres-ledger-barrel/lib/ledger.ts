import type { devres, pci } from '@bindsafe/kernel';
const ledger: devres.Devres<pci.Bar>[] = [];
export function record(r: devres.Devres<pci.Bar>): void {
  ledger.push(r);
}
