// The NIC's port table.
export const PORT_TABLE = [
  { port: 0, role: 'eth', enabled: true },
  { port: 1, role: 'rdma', enabled: true },
  { port: 2, role: 'vdpa', enabled: false },
] as const;

export type PortRow = (typeof PORT_TABLE)[number];
