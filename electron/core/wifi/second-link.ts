// Whether the default route is a second way to the internet that survives the Wi-Fi joining a
// Photon (the dual-homed shortcut). A VPN or tunnel never is: it rides on some other link — most
// often the very Wi-Fi that is about to leave — so it is only trusted when the OS says the
// interface is a physical adapter, and a tunnel-looking name is refused whatever else is known.
import type { DefaultRoute } from './types';

/**
 * Interface names of tunnels and VPN clients: Linux/BSD kernel devices (tun, tap, wg, ppp,
 * ipsec, …), macOS utun/ipsec/ppp, and the names Windows VPN adapters carry in their alias or
 * description (WireGuard, OpenVPN/TAP-Windows, Wintun, Tailscale, ZeroTier, AnyConnect, …).
 */
const TUNNEL_NAME =
  /^(tun|tap|utun|ppp|wg|ipsec|gif|stf|vti|gre|zt|tailscale|nordlynx|proton|mullvad|cscotun|gpd)\d*|vpn|wireguard|openvpn|tap-windows|wintun|tailscale|zerotier|anyconnect|globalprotect|pangp|fortinet|forticlient|wan miniport|juniper|pulse secure|sonicwall|cisco/i;

export const looksLikeTunnel = (name: string): boolean => TUNNEL_NAME.test(name);

export function isSecondLink(route: DefaultRoute | null, wifiIface: string): boolean {
  if (route === null || route.iface === wifiIface) return false;
  if (looksLikeTunnel(route.iface) || looksLikeTunnel(route.description ?? '')) return false;
  // Unknown hardware (the probe could not tell) is trusted only by its name.
  return route.physical !== false;
}
