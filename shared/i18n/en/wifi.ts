import { msg } from '../define';

export const EN_WIFI = {
  'wifi.session.cap': msg('The Wi-Fi step took longer than {seconds} s and was stopped.', [
    'seconds',
  ]),
  'wifi.preflight.checking': msg('Checking this computer’s Wi-Fi.'),
  'wifi.preflight.timeout': msg('Checking this computer’s Wi-Fi took too long.'),
  'wifi.preflight.second-link': msg(
    'Another network link stays connected, so the internet remains reachable during setup.',
  ),
  'wifi.preflight.offline': msg('This computer will be offline while it talks to the Photon.'),
  'wifi.location.unanswered': msg('The Location question was not answered in time.'),
  'wifi.choose.pick': msg('{count} Photons are in range; pick one.', ['count']),
  'wifi.choose.list': msg('{count} Photons are in range ({names}); pick one.', ['count', 'names']),
  'wifi.choose.not-found': msg('The chosen network is not one of the Photons found.'),
  'wifi.manual.ask': msg(
    'Join the {stem}-… network from the system Wi-Fi menu now; Photon Setup continues when the Photon answers.',
    ['stem'],
  ),
  'wifi.manual.try-again': msg(
    'Join the {stem}-… network from the system Wi-Fi menu, then press Try again.',
    ['stem'],
  ),
  'wifi.manual.not-joined': msg(
    'This computer did not join a Photon network within {seconds} s. {then}',
    ['seconds', 'then'],
  ),
  'wifi.join.joining': msg('Joining {ssid}.', ['ssid']),
  'wifi.join.timeout': msg('Joining {ssid} took too long.', ['ssid']),
  'wifi.join.did-not-stop': msg('The join did not stop in time.'),
  'wifi.join.not-in-time': msg('The computer did not connect to {ssid} in time.', ['ssid']),
  'wifi.join.waiting': msg('Waiting to connect to {ssid}.', ['ssid']),
  'wifi.address.waiting': msg('Waiting for an address from the Photon.'),
  'wifi.address.none': msg(
    'The Photon did not give this computer a 192.168.0.x address within {seconds} s. Check that the Photon still blinks dark blue, then try again.',
    ['seconds'],
  ),
  'wifi.address.wrong': msg(
    'The Photon did not give this computer a 192.168.0.x address within {seconds} s (it has {address}). Check that the Photon still blinks dark blue, then try again.',
    ['seconds', 'address'],
  ),
  'wifi.route-clash': msg(
    'Traffic to the Photon ({address}) would leave through {iface}, not the Wi-Fi. Unplug or turn off {iface} during setup, then try again.',
    ['address', 'iface'],
  ),
  'wifi.subnet-clash': msg(
    "{iface} already has the address {address}, in the Photon's 192.168.0.x range. Unplug or turn off {iface} during setup, then try again.",
    ['iface', 'address'],
  ),
  'wifi.no-adapter': msg(
    'This computer has no Wi-Fi adapter that is switched on. Turn Wi-Fi on, then try again.',
  ),
  'wifi.device-silent': msg(
    'Joined {ssid}, but the Photon did not answer. Check that it still blinks dark blue, then try again.',
    ['ssid'],
  ),
  'wifi.device-silent.manual': msg(
    'Joined the Photon network, but the Photon did not answer. Check that it still blinks dark blue, then try again.',
  ),
  'wifi.probe.timeout': msg('The device probe did not finish.'),
  'wifi.connected': msg('Connected to the Photon {deviceId}.', ['deviceId']),
  'wifi.connected.route-moved': msg(
    'The internet route now goes through the Photon’s network, so this computer is offline while it talks to the Photon.',
  ),
  'wifi.dropped.rejoining': msg('The Wi-Fi left {ssid}; joining it again.', ['ssid']),
  'wifi.dropped': msg(
    "The computer lost the Photon's Wi-Fi during setup. Check that the Photon still blinks dark blue, then try again.",
  ),
  'wifi.dropped.named': msg(
    "The computer lost the Photon's Wi-Fi ({ssid}) during setup. Check that the Photon still blinks dark blue, then try again.",
    ['ssid'],
  ),
  'wifi.restore.restoring': msg('Putting the computer back on its previous Wi-Fi.'),
  'wifi.restore.left': msg(
    'The Photon network was left; the computer is reconnecting to its usual network.',
  ),
  'wifi.restore.back': msg('The computer is back on {network}.', ['network']),
  'wifi.not-restored': msg(
    'Host Wi-Fi not restored: switch back to your usual Wi-Fi network from the system menu yourself.',
  ),
  'wifi.not-restored.named': msg(
    'Host Wi-Fi not restored: rejoin {network} yourself from the system menu.',
    ['network'],
  ),
  'wifi.location.mac': msg(
    'macOS hides Wi-Fi names from Photon Setup. Open System Settings → Privacy & Security → Location Services and allow Photon Setup, then try again — or choose “I’ll join it myself when asked” and join the {prefix}… network from the Wi-Fi menu when Photon Setup says so.',
    ['prefix'],
  ),
  'wifi.location.windows': msg(
    'Windows hides Wi-Fi names from Photon Setup. Open Settings → Privacy & security → Location, turn on "Location services" and "Let desktop apps access your location", then try again — or choose “I’ll join it myself when asked” and join the {prefix}… network from the Wi-Fi menu when Photon Setup says so.',
    ['prefix'],
  ),
  'wifi.location.other': msg(
    'This system hides Wi-Fi names from Photon Setup — or choose “I’ll join it myself when asked” and join the {prefix}… network from the Wi-Fi menu when Photon Setup says so.',
    ['prefix'],
  ),
  'wifi.ssid.empty': msg('The Photon network name is empty.'),
  'wifi.ssid.control': msg(
    'That network name contains control characters, so it cannot be a Photon.',
  ),
  'wifi.ssid.too-long': msg('A Wi-Fi name is at most {max} bytes; {name} is longer.', [
    'max',
    'name',
  ]),
  'wifi.ssid.metacharacters': msg(
    'The network {name} contains characters a Photon never uses; Photon Setup will not join it.',
    ['name'],
  ),
  'wifi.ssid.not-photon': msg(
    'The network {name} does not look like a Photon (expected {stem}-XXXXXX).',
    ['name', 'stem'],
  ),
  'wifi.unsafe-name.interface': msg(
    'The Wi-Fi interface name cannot be passed to the Wi-Fi tools safely.',
  ),
  'wifi.unsafe-name.profile': msg(
    'The Wi-Fi profile name cannot be passed to the Wi-Fi tools safely.',
  ),
  'wifi.unsafe-name.connection': msg(
    'The connection name cannot be passed to the Wi-Fi tools safely.',
  ),
  'wifi.unsafe-name.network': msg('The network name cannot be passed to the Wi-Fi tools safely.'),
  'wifi.unsafe-name.user': msg('The user name cannot be passed to the Wi-Fi tools safely.'),
  'wifi.tool.not-found': msg('{tool} was not found, so Photon Setup cannot control Wi-Fi here.', [
    'tool',
  ]),
  'wifi.tool.timeout': msg('{tool} did not answer within {seconds} s.', ['tool', 'seconds']),
  'wifi.tool.not-run': msg('{tool} could not be run.', ['tool']),
  'wifi.tool.failed': msg('{tool} could not {task} (exit code {code}).', ['tool', 'task', 'code']),
  'wifi.task.read-state': msg('read the Wi-Fi state'),
  'wifi.task.list-hardware': msg('list network hardware'),
  'wifi.task.list-interfaces': msg('list Wi-Fi interfaces'),
  'wifi.task.list-networks': msg('list Wi-Fi networks'),
  'wifi.task.read-current': msg('read the current Wi-Fi network'),
  'wifi.task.rejoin-previous': msg('rejoin the previous network'),
  'wifi.task.remove-profile': msg('remove the temporary Photon profile'),
  'wifi.task.list-devices': msg('list network devices'),
  'wifi.task.scan': msg('scan for Wi-Fi networks'),
  'wifi.task.read-active': msg('read the active connection'),
  'wifi.task.reconnect': msg('reconnect the Wi-Fi'),
  'wifi.task.remove-preferred': msg('remove the Photon from the preferred networks'),
  'wifi.task.rejoin-without-password': msg('rejoin a network without its password'),
  'wifi.task.remove-wifi-profile': msg('remove a Wi-Fi profile'),
  'wifi.task.turn-wifi': msg('turn Wi-Fi {state, select, on {on} other {off}}', ['state']),
  'wifi.task.join': msg('join {ssid}', ['ssid']),
  'wifi.join.failed': msg('The computer could not join {ssid}.', ['ssid']),
  'wifi.join.gone': msg('The computer cannot see {ssid} any more.', ['ssid']),
  'wifi.join.unfinished': msg('Joining {ssid} did not finish within {seconds} s.', [
    'ssid',
    'seconds',
  ]),
  'wifi.join.late': msg('Joining {ssid} did not finish in time.', ['ssid']),
  'wifi.rejoin.timeout': msg('The previous Wi-Fi network did not come back in time.'),
  'wifi.mac.off': msg(
    'Wi-Fi is switched off on this Mac. Turn it on from the menu bar, then try again.',
  ),
  'wifi.netsh.profile-refused': msg('Windows refused to add a Wi-Fi profile for {ssid}.', ['ssid']),
  'wifi.nmcli.profile-refused': msg('NetworkManager refused to create a profile for {ssid}.', [
    'ssid',
  ]),
  'wifi.node-wifi.unsupported': msg('Photon Setup cannot {task} with node-wifi on this system.', [
    'task',
  ]),
  'wifi.node-wifi.failed': msg('Photon Setup could not {task}.', ['task']),
  'wifi.route.ipv4-only': msg('Photon Setup can only check routes to IPv4 addresses.'),
  'wifi.no-backend': msg('No Wi-Fi backend is available to {operation} on this system.', [
    'operation',
  ]),
  'wifi.unsupported-os': msg('Photon Setup can control Wi-Fi only on Windows, macOS and Linux.'),
  'wifi.scan.failed': msg('Scanning for Wi-Fi networks failed.'),
  'wifi.discover.looking': msg(
    'Looking for a {stem}-… network; put the Photon in listening mode (blinking dark blue).',
    ['stem'],
  ),
  'wifi.discover.none': msg(
    'No {stem}-… network appeared within {seconds} s. Make sure the Photon blinks dark blue (hold SETUP for 3 s) and is near this computer, then try again.',
    ['stem', 'seconds'],
  ),
  'wifi.replay.cleaned': msg(
    'Photon Setup stopped during an earlier setup; this computer was already back on its own network, so only the temporary Photon network was removed.',
  ),
  'wifi.replay.restoring': msg(
    'Photon Setup stopped while joined to a Photon; putting the Wi-Fi back as it was.',
  ),
  'wifi.replay.restored': msg('The Wi-Fi is back on its previous network.'),
  'wifi.radio-busy': msg(
    "Another Photon Setup is using this computer's Wi-Fi for a setup. Wait for it to finish, then try again.",
  ),
  'wifi.radio-busy.named': msg(
    "Another Photon Setup ({host}, process {pid}) is using this computer's Wi-Fi for a setup. Wait for it to finish, then try again.",
    ['host', 'pid'],
  ),
  'wifi.home.usual-network': msg('your usual Wi-Fi network'),
  'wifi.home.on-photon': msg(
    "This computer still has an address from the Photon's network. Join {network} from the system Wi-Fi menu.",
    ['network'],
  ),
  'wifi.home.offline': msg(
    "This computer left the Photon's network, but the Particle cloud does not answer yet. If the Wi-Fi menu does not show {network}, join it yourself.",
    ['network'],
  ),
  'wifi.home.unknown': msg(
    'Photon Setup cannot tell whether this computer is back online. Check the Wi-Fi menu shows {network}.',
    ['network'],
  ),
  'wifi.sim.not-on-photon': msg('The simulated Wi-Fi is not on a simulated Photon.'),
  'wifi.sim.scan-failed': msg('The simulated scan failed.'),
  'wifi.sim.rejoin-failed': msg('The simulated rejoin failed.'),
  'wifi.sim.forget-failed': msg('The simulated forget failed.'),
  'wifi.sim.reconnect-failed': msg('The simulated reconnect failed.'),
} as const;
