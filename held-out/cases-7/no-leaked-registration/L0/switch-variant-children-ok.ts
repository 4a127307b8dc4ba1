// A USB4 router returns its children in each arm of a switch over a discriminated board variant.
import { auxiliary, type pci } from '@bindsafe/kernel';

type Variant = { readonly kind: 'dual'; readonly lanes: 2 } | { readonly kind: 'single' };

interface RouterData {
  readonly kind: Variant['kind'];
  readonly ports: readonly auxiliary.Registration[];
}

export const routerDriver: pci.Driver<RouterData, Variant> = {
  name: 'held7-usb4',
  idTable: [{ vendor: 0x8086, device: 0x9a1b, info: { kind: 'dual', lanes: 2 } }],
  probe(pdev, info) {
    const variant: Variant = info ?? { kind: 'single' };
    switch (variant.kind) {
      case 'dual': {
        const a = auxiliary.Registration.new(pdev.asRef(), 'usb4-port', 0, 'held7_usb4');
        const b = auxiliary.Registration.new(pdev.asRef(), 'usb4-port', 1, 'held7_usb4');
        return { kind: variant.kind, ports: [a, b] };
      }
      case 'single': {
        const only = auxiliary.Registration.new(pdev.asRef(), 'usb4-port', 0, 'held7_usb4');
        return { kind: variant.kind, ports: [only] };
      }
    }
  },
};
