// Location permission, which macOS 14+ and Windows 11 24H2 demand before they show Wi-Fi names
// to an app (wifi.md §1.4). The desktop host provides this (the OS prompt on macOS, the settings
// pages on both); the web host and the CLI have none and say what to do instead.
export type LocationStatus = 'granted' | 'denied' | 'not-determined' | 'restricted' | 'unknown';

export interface LocationAccess {
  /** What the OS says now; 'unknown' where it will not say (Windows). */
  status(): Promise<LocationStatus>;
  /** Shows the OS's own prompt where there is one (macOS, not yet decided); the new status. */
  request(): Promise<LocationStatus>;
  /** Opens the OS's Location privacy settings. */
  openSettings(): Promise<void>;
}
