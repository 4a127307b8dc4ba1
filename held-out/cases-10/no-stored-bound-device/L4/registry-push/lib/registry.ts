import type { device, pci } from '@bindsafe/kernel';
const bars: pci.Bar[] = [];
export function register(b: pci.Bar): void {
  bars.push(b);
}
export const registered = (): number => bars.length;
