import { msg } from '../define';

export const EN_SYSTEM = {
  'system.replay.label': msg('Earlier session'),
  'system.replay.a-photon': msg('a Photon'),
  'system.replay.corrupt': msg(
    'A damaged Wi-Fi restore note from an earlier session was removed; nothing was changed.',
  ),
  'system.replay.corrupt.fix': msg(
    'If this computer is not on its usual Wi-Fi, join it from the system Wi-Fi menu.',
  ),
  'system.replay.deferred': msg(
    'Photon Setup stopped during an earlier setup (on {photon}), but another Photon Setup is using this computer’s Wi-Fi now, so nothing was changed; the run is in History as interrupted. The Wi-Fi is put back before this copy’s next setup, or at its next start.',
    ['photon'],
  ),
  'system.replay.cleaned': msg(
    'Photon Setup stopped during an earlier setup (on {photon}). This computer was already back on its own network, so only the temporary Photon network was removed; the run is in History as interrupted.',
    ['photon'],
  ),
  'system.replay.restored': msg(
    'Photon Setup stopped while this computer was on {photon}; at this start it put the Wi-Fi back. The run is in History as interrupted.',
    ['photon'],
  ),
  'system.replay.restored.named': msg(
    'Photon Setup stopped while this computer was on {photon}; at this start it put the Wi-Fi back on {network}. The run is in History as interrupted.',
    ['photon', 'network'],
  ),
  'system.replay.failed': msg(
    'Photon Setup stopped while this computer was on {photon}, and could not put the Wi-Fi back.',
    ['photon'],
  ),
  'system.tool.nmcli.missing': msg(
    'Install NetworkManager (for example `sudo apt install network-manager`) and let it manage the Wi-Fi adapter.',
  ),
  'system.tool.nmcli.broken': msg(
    'Start NetworkManager (`sudo systemctl start NetworkManager`) and check that `nmcli --version` works in a terminal.',
  ),
  'system.tool.netsh.missing': msg(
    'netsh is part of Windows; check that C:\\Windows\\System32 is on PATH.',
  ),
  'system.tool.netsh.broken': msg(
    'Start the "WLAN AutoConfig" service (services.msc) and make sure a Wi-Fi adapter is enabled.',
  ),
  'system.tool.networksetup.missing': msg(
    'networksetup is part of macOS; check that /usr/sbin is on PATH.',
  ),
  'system.tool.networksetup.broken': msg(
    'Run `networksetup -listallhardwareports` in Terminal and fix what it reports.',
  ),
  'system.os.label': msg('Operating system'),
  'system.os.unsupported': msg('{os} {release} is not supported.', ['os', 'release']),
  'system.os.fix': msg('Use Photon Setup on Windows, macOS or Linux.'),
  'system.os.detail': msg('{os} {release} ({arch})', ['os', 'release', 'arch']),
  'system.simulation.label': msg('Simulation'),
  'system.simulation.detail': msg(
    'Devices, the Particle cloud and the host Wi-Fi are simulated on this computer. Nothing real is contacted.',
  ),
  'system.tool.label': msg('Wi-Fi control'),
  'system.tool.real.none': msg('no supported tool on this OS'),
  'system.tool.real.works': msg('{tool} works', ['tool']),
  'system.tool.real.not-found': msg('{tool} not found', ['tool']),
  'system.tool.real.broken': msg('{tool} does not run', ['tool']),
  'system.tool.simulated': msg(
    'Simulated Wi-Fi joins the simulated Photons (real host: {real}; not needed here).',
    ['real'],
  ),
  'system.tool.unknown-os': msg('No Wi-Fi tool is known for this operating system.'),
  'system.tool.missing': msg(
    "{tool} was not found, so Photon Setup cannot join the Photon's Wi-Fi.",
    ['tool'],
  ),
  'system.tool.broken': msg('{tool} was found at {path} but did not run successfully.', [
    'tool',
    'path',
  ]),
  'system.tool.ready': msg('{tool} is ready.', ['tool']),
  'system.tool.ready.version': msg('{tool} is ready ({version}).', ['tool', 'version']),
  'system.backends.label': msg('Wi-Fi operations'),
  'system.backends.simulated': msg(
    'Every Wi-Fi operation (scan, join, rejoin, forget) uses the simulated backend.',
  ),
  'system.backends.detail': msg('{toolLines}', ['toolLines']),
  // One tool and what it does here ("nmcli: scan, join and rejoin"); the tool's name stays.
  'system.backends.one': msg('{backend}: {operations}', ['backend', 'operations']),
  'system.operation.interfaces': msg('find the Wi-Fi adapter'),
  'system.operation.scan': msg('scan'),
  'system.operation.current': msg('read the current network'),
  'system.operation.join': msg('join'),
  'system.operation.associated': msg('check the connection'),
  'system.operation.rejoin': msg('rejoin'),
  'system.operation.forget': msg('forget'),
  'system.operation.reconnect': msg('reconnect'),

  'system.ssids.label': msg('Network names'),
  'system.ssids.readable': msg(
    'Network names are readable, so Photon-… networks are found automatically.',
  ),
  'system.location.ask': msg('Ask macOS for Location access'),
  'system.location.open-mac': msg('Open Location Services settings'),
  'system.location.open-settings': msg('Open Location settings'),
  'system.location.hidden': msg(
    'The system hides Wi-Fi network names from Photon Setup until it may use Location.',
  ),
  'system.location.denied': msg(
    'The system hides Wi-Fi network names from Photon Setup until it may use Location. Location access for Photon Setup was turned off.',
  ),
  'system.location.restricted': msg(
    'The system hides Wi-Fi network names from Photon Setup until it may use Location. A device policy does not allow Photon Setup to use Location; ask your administrator.',
  ),
  'system.location.mac-will-ask': msg(
    'The system hides Wi-Fi network names from Photon Setup until it may use Location. macOS will ask once; choose Allow.',
  ),
  'system.ssids.needs-location.fix': msg(
    'Allow location access for Photon Setup, or join the Photon-… network yourself from the system menu.',
  ),
  'system.ssids.no': msg('This system does not let Photon Setup read Wi-Fi network names.'),
  'system.ssids.no.fix': msg(
    'Join the Photon-… network yourself from the system Wi-Fi menu, then continue.',
  ),
  'system.ssids.unknown': msg('Could not check whether Wi-Fi network names are readable.'),
  'system.ssids.unknown.fix': msg(
    'If no Photon is found, join its network yourself from the system Wi-Fi menu.',
  ),
} as const;
