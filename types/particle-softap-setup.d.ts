// Types for Particle's official SoftAP client (@particle/softap-setup 4.x ships none), covering
// what lib/SoftAP.js, TcpSoftAP.js and HttpSoftAP.js actually do. Callbacks are Node style;
// several fire twice on error (checkResponse does not return) — see softap-protocol.md §9.1.
declare module '@particle/softap-setup' {
  namespace SoftAPSetup {
    interface Options {
      host?: string;
      /** Default 5609 for tcp, 80 for http. */
      port?: number;
      protocol?: 'tcp' | 'http';
      /** Milliseconds per command; default 8000. */
      timeout?: number;
      keepAlive?: boolean;
      noDelay?: boolean;
      channel?: number;
    }

    interface DeviceInfo {
      /** Lowercased by the client. */
      id: string;
      claimed: boolean;
    }

    interface ScanEntry {
      ssid: string;
      rssi: number;
      sec: number;
      ch: number;
      mdr: number;
    }

    interface ConfigureOptions {
      ssid?: string;
      name?: string;
      /** A securityTable name ("wpa2_aes", …) or the numeric WICED value. */
      security?: string | number;
      sec?: string | number;
      enc?: string | number;
      password?: string | null;
      pass?: string;
      channel?: number | string;
      index?: number;
      eap?: string | number;
      inner_identity?: string;
      username?: string;
      outer_identity?: string;
      client_certificate?: string;
      private_key?: string;
      ca?: string;
      root_ca?: string;
    }

    type Callback<T> = (error: Error | null | undefined, result?: T) => void;

    interface Client {
      host: string;
      port: number;
      timeout: number;
      version(cb: Callback<{ v: number }>): void;
      deviceInfo(cb: Callback<DeviceInfo>): void;
      /** Resolves to the key as PKCS#8 public PEM. */
      publicKey(cb: Callback<string>): void;
      setClaimCode(code: string, cb: Callback<void>): void;
      set(data: { k: string; v: string }, cb: Callback<void>): void;
      scan(cb: Callback<ScanEntry[]>): void;
      configure(options: ConfigureOptions, cb: Callback<{ r: number }>): void;
      connect(index: number, cb: Callback<void>): void;
      connect(cb: Callback<void>): void;
      securityValue(name: string): number | undefined;
      securityLookup(value: number | string): string | null;
      eapTypeValue(name: string): number | undefined;
    }
  }

  function SoftAPSetup(options?: SoftAPSetup.Options): SoftAPSetup.Client;
  export = SoftAPSetup;
}
