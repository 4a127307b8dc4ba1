// A GPIO expander's unbind formats its line table through a read-only helper with a default parameter.
import type { platform } from '@bindsafe/kernel';

interface Line {
  readonly name: string;
  readonly output: boolean;
}

interface GpioData {
  readonly lines: readonly Line[];
}

function summarize(lines: readonly Line[], separator = ', '): string {
  const outputs = lines.filter((l) => l.output).map((l) => l.name);
  return outputs.length > 0 ? outputs.join(separator) : '(none)';
}

export const gpioDriver: platform.Driver<GpioData> = {
  name: 'held7-gpio',
  idTable: [{ compatible: 'vendor,gpio-expander' }],
  probe() {
    return { lines: [{ name: 'led0', output: true }, { name: 'btn0', output: false }] };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`gpio: outputs ${summarize(data.lines)}`);
  },
};
