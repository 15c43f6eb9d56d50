// An in-process NetworkManager for session tests: a RunCommand that understands the nmcli argv
// NmcliBackend sends, plus a NetProbe over the same state. Scenarios are knobs on the state.
import type {
  CommandOptions,
  CommandResult,
  RunCommand,
} from '../../../../electron/core/run-command';
import type { NetProbe } from '../../../../electron/core/wifi/types';

export interface RecordedCall {
  file: string;
  args: string[];
  options: CommandOptions;
}

interface Profile {
  uuid: string;
  name: string;
  ssid: string;
}

export const HOME_UUID = '3f2a2c1e-8d1b-4c55-9d7e-0c1f4b2e9a10';
export const PHOTON = 'Photon-7QK2XZ';

const escape = (value: string): string => value.replace(/\\/g, '\\\\').replace(/:/g, '\\:');

export class FakeNmWorld {
  readonly calls: RecordedCall[] = [];
  profiles: Profile[] = [{ uuid: HOME_UUID, name: 'Home:Net', ssid: 'Home:Net' }];
  active: Profile | null = this.profiles[0] ?? null;
  scans = 0;
  /** The Photon's AP shows up on this scan (1 = the first). */
  photonFromScan = 1;
  photonGone = false;
  /** `isAssociated` reads "no" this many times after the Photon join. */
  associationDelay = 0;
  /** DHCP: this many address reads show 169.254.x before 192.168.0.x. */
  linkLocalReads = 0;
  upFails = false;
  restoreFails = false;
  deleteFails = false;
  /** The Wi-Fi's address at home (many home routers hand out 192.168.0.x too). */
  homeAddress = '192.168.1.40';
  /** Other interfaces and their addresses (a wired link, a clash). */
  otherInterfaces = new Map<string, string[]>([['eth0', ['10.1.2.3']]]);
  routeToPhoton: string | null = 'wlan0';
  defaultRouteIface: string | null = 'eth0';
  /** The Particle cloud answers from home (never from the Photon's network). */
  cloudUp = true;
  private uuidCounter = 0;
  private associationReads = 0;
  private addressReads = 0;

  get onPhoton(): boolean {
    return this.active?.ssid === PHOTON;
  }

  /** What the restore's home check asks: any answer from the cloud. */
  readonly reachCloud = async (): Promise<boolean> => this.cloudUp && !this.onPhoton;

  /** Simulate the OS dropping the Photon (and the Photon vanishing, so a rejoin fails too). */
  drop(): void {
    this.active = null;
    this.photonGone = true;
  }

  readonly runCommand: RunCommand = async (file, args, options) => {
    this.calls.push({ file, args: [...args], options });
    return this.handle([...args]);
  };

  readonly net: NetProbe = {
    ipv4ByIface: () => {
      const map = new Map(this.otherInterfaces);
      if (this.active !== null) {
        if (this.onPhoton) {
          this.addressReads++;
          map.set('wlan0', [
            this.addressReads <= this.linkLocalReads ? '169.254.33.7' : '192.168.0.23',
          ]);
        } else {
          map.set('wlan0', [this.homeAddress]);
        }
      }
      return map;
    },
    routeIface: async (dest) =>
      dest === '192.168.0.1' ? this.routeToPhoton : this.defaultRouteIface,
    defaultRoute: async () =>
      this.defaultRouteIface === null ? null : { iface: this.defaultRouteIface },
  };

  private visible(): {
    ssid: string;
    bssid: string;
    signal: string;
    security: string;
    chan: string;
  }[] {
    const aps = [
      { ssid: 'Home:Net', bssid: '60:E3:27:AA:BB:CC', signal: '88', security: 'WPA2', chan: '6' },
    ];
    if (this.scans >= this.photonFromScan && !this.photonGone)
      aps.push({
        ssid: PHOTON,
        bssid: '6C:0B:84:11:22:33',
        signal: '60',
        security: '',
        chan: '11',
      });
    return aps;
  }

  private handle(args: string[]): CommandResult {
    const ok = (stdout = ''): CommandResult => ({ code: 0, stdout, stderr: '' });
    const fail = (code: number, stderr = 'Error: failed.'): CommandResult => ({
      code,
      stdout: '',
      stderr,
    });
    const joined = args.join(' ');
    if (joined === '-t -f DEVICE,TYPE,STATE device')
      return ok('wlan0:wifi:connected\neth0:ethernet:connected\n');
    if (joined === '-t -f UUID,TYPE,DEVICE,NAME connection show --active') {
      const rows = ['7b0f1a52-1c2d-4e3f-8a9b-112233445566:802-3-ethernet:eth0:Wired connection 1'];
      if (this.active !== null)
        rows.unshift(`${this.active.uuid}:802-11-wireless:wlan0:${escape(this.active.name)}`);
      return ok(`${rows.join('\n')}\n`);
    }
    if (joined === '-t -f UUID,TYPE,DEVICE,NAME connection show') {
      const rows = this.profiles.map(
        (p) => `${p.uuid}:802-11-wireless:${this.active === p ? 'wlan0' : ''}:${escape(p.name)}`,
      );
      return ok(`${rows.join('\n')}\n`);
    }
    if (
      joined.startsWith('-t -f ACTIVE,SSID,BSSID,SIGNAL,SECURITY,CHAN device wifi list --rescan')
    ) {
      const rescan = args[8];
      if (rescan !== 'no') this.scans++;
      let activeSsid = this.active?.ssid ?? null;
      if (rescan === 'no' && this.onPhoton && this.associationReads < this.associationDelay) {
        this.associationReads++;
        activeSsid = null;
      }
      return ok(
        this.visible()
          .map((ap) =>
            [
              ap.ssid === activeSsid ? 'yes' : 'no',
              ap.ssid,
              ap.bssid,
              ap.signal,
              ap.security,
              ap.chan,
            ]
              .map(escape)
              .join(':'),
          )
          .join('\n') + '\n',
      );
    }
    if (args[0] === 'connection' && args[1] === 'add') {
      const name = args[args.indexOf('con-name') + 1] ?? '';
      const ssid = args[args.indexOf('ssid') + 1] ?? '';
      const uuid = `00000000-0000-4000-8000-${String(++this.uuidCounter).padStart(12, '0')}`;
      this.profiles.push({ uuid, name, ssid });
      return ok(`Connection '${name}' (${uuid}) successfully added.\n`);
    }
    if (args[0] === '--wait' && args[2] === 'connection' && args[3] === 'up') {
      const [selector, value] = [args[4], args[5]];
      const profile = this.profiles.find((p) =>
        selector === 'uuid' ? p.uuid === value : p.name === value,
      );
      if (profile === undefined) return fail(10);
      if (profile.ssid === PHOTON && (this.upFails || this.photonGone)) return fail(4);
      if (profile.ssid !== PHOTON && this.restoreFails) return fail(4);
      this.active = profile;
      return ok(
        `Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/7)\n`,
      );
    }
    if (args[0] === 'connection' && args[1] === 'delete') {
      if (this.deleteFails) return fail(1);
      const [selector, value] = [args[2], args[3]];
      const profile = this.profiles.find((p) =>
        selector === 'uuid' ? p.uuid === value : p.name === value,
      );
      if (profile === undefined) return fail(10);
      this.profiles = this.profiles.filter((p) => p !== profile);
      if (this.active === profile) this.active = null;
      return ok(`Connection '${profile.name}' (${profile.uuid}) successfully deleted.\n`);
    }
    if (joined === '--wait 10 device connect wlan0') {
      if (this.restoreFails) return fail(4);
      this.active = this.profiles.find((p) => p.ssid === 'Home:Net') ?? null;
      return ok("Device 'wlan0' successfully activated.\n");
    }
    return fail(2, `fake nmcli: unknown command ${joined}`);
  }
}
