// A PCI IPMI controller hands its BAR to a same-file helper that saves it in the module's KCS state. [class 3]
import type { pci } from '@bindsafe/kernel';

const KCS_STATUS = 0x1;

interface KcsState {
  bar: pci.Bar | null;
  opens: number;
}

interface KcsData {
  readonly bar: pci.Bar;
}

const g_kcs: KcsState = { bar: null, opens: 0 };

function kcs_attach(bar: pci.Bar): number {
  if (g_kcs.bar !== null) return -16;
  g_kcs.bar = bar;
  return 0;
}

export function kcs_status(): number {
  return g_kcs.bar === null ? -19 : g_kcs.bar.read8(KCS_STATUS);
}

export const kcs_driver: pci.Driver<KcsData> = {
  name: 'ipmi_kcs',
  idTable: [{ vendor: 0x103c, device: 0x3302 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'ipmi_kcs').access(pdev.asRef());
    const rc = kcs_attach(bar); // expect: bindsafe/no-stored-bound-device
    if (rc !== 0) pdev.asRef().info(`kcs attach failed: ${rc}`);
    return { bar };
  },
};
