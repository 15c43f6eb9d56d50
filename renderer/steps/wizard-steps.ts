// The operator's path through one device. The rail and each step's heading read from here; the
// words name the device network prefix the settings hold (custom firmware may change it).
export type WizardStepId = 'account' | 'wifi' | 'find' | 'setup' | 'result';

export interface WizardStep {
  id: WizardStepId;
  title: string;
  /** One line under the title in the rail. */
  hint(prefix: string): string;
  /** What the step does, shown as its introduction. */
  summary(prefix: string): string;
}

export const wizardSteps: readonly WizardStep[] = [
  {
    id: 'account',
    title: 'Account',
    hint: () => 'Who the device will belong to',
    summary: () =>
      'Choose a developer account (access token or email login) or a product with its customer. Photon Setup gets the claim code while you are still online.',
  },
  {
    id: 'wifi',
    title: 'Wi-Fi',
    hint: () => 'The network the device will join',
    summary: () =>
      'Pick a saved station profile, or choose from the networks the Photon itself can see. Photons only see 2.4 GHz networks.',
  },
  {
    id: 'find',
    title: 'Find device',
    hint: (prefix) => `Its ${prefix}… network`,
    summary: (prefix) =>
      `Put the Photon in listening mode (blinking dark blue). Photon Setup finds its ${prefix}… network, joins it, and reads the device id.`,
  },
  {
    id: 'setup',
    title: 'Set up',
    hint: () => 'Credentials, claim, connect',
    summary: () =>
      'The device receives the claim code and the encrypted Wi-Fi password, then connects. Watch its LED alongside the checklist.',
  },
  {
    id: 'result',
    title: 'Result',
    hint: () => 'Online and claimed?',
    summary: () =>
      'Photon Setup returns this computer to its own Wi-Fi and confirms with the Particle cloud that the device is online and owned by the right account.',
  },
];
