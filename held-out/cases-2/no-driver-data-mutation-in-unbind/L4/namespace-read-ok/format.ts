// Formats a stats block.
export interface Stats {
  tx: number;
  rx: number;
}

export const line = ({ tx, rx }: Readonly<Stats>): string => `tx=${tx} rx=${rx}`;
