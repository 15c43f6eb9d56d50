// Address facts from os.networkInterfaces(): the Photon's DHCP hands out 192.168.0.x, and any
// other interface already on 192.168.0.0/24 makes traffic to 192.168.0.1 ambiguous (wifi.md §3d).
import type { NetworkInterfaceInfo } from 'node:os';

export type NetworkInterfacesFn = () => NodeJS.Dict<NetworkInterfaceInfo[]>;

const PHOTON_SUBNET_PREFIX = '192.168.0.';

export const inPhotonSubnet = (address: string): boolean =>
  address.startsWith(PHOTON_SUBNET_PREFIX) &&
  address !== '192.168.0.0' &&
  address !== '192.168.0.255';

export function ipv4ByIface(networkInterfaces: NetworkInterfacesFn): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [name, infos] of Object.entries(networkInterfaces())) {
    const addresses = (infos ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal)
      .map((info) => info.address);
    if (addresses.length > 0) result.set(name, addresses);
  }
  return result;
}

export interface SubnetClash {
  iface: string;
  address: string;
}

/** Interfaces other than Wi-Fi that already sit on 192.168.0.0/24. */
export function findSubnetClash(byIface: Map<string, string[]>, wifiIface: string): SubnetClash[] {
  const clashes: SubnetClash[] = [];
  for (const [iface, addresses] of byIface) {
    if (iface === wifiIface) continue;
    for (const address of addresses)
      if (address.startsWith(PHOTON_SUBNET_PREFIX)) clashes.push({ iface, address });
  }
  return clashes;
}
