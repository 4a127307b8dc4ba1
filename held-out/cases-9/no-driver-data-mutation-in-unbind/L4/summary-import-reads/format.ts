// Helper module of summary-import-reads: formats a channel table without changing it.
export interface ChannelInfo {
  readonly name: string;
  readonly busy: boolean;
}

export function formatChannels(channels: readonly ChannelInfo[]): string {
  return channels.map((c) => `${c.name}${c.busy ? '*' : ''}`).join(' ');
}
