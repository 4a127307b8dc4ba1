// A platform logger hands a spread copy of its data's log to a same-file helper that trims it in place.
import type { platform } from '@bindsafe/kernel';

interface LogData {
  readonly lines: string[];
}

function keepLast(lines: string[], n: number): string[] {
  lines.splice(0, Math.max(0, lines.length - n));
  return lines;
}

export const logDriver: platform.Driver<LogData> = {
  name: 'h9-logger',
  idTable: [{ compatible: 'acme,logger' }],
  probe() {
    return { lines: ['boot', 'link up', 'link down'] };
  },
  unbind(pdev, data) {
    const tail = keepLast([...data.lines], 2);
    pdev.asRef().info(tail.join(' | '));
  },
};
