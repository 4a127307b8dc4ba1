/** The switch's forwarding table and an arrow helper that removes one route from it. */
export interface Route {
  readonly port: number;
  readonly vlan: number;
}

export const detachRoute = (table: Map<string, Route>, mac: string): boolean => table.delete(mac);
