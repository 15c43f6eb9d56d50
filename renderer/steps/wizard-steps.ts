// The operator's path through one device. The rail and each step's heading read from here; the
// words name the device network prefix the settings hold (custom firmware may change it). Each
// text is a catalogue entry (ui.step.<id>.*), said in the window's language where it is shown.
import { m, type Message } from '../../shared/i18n';

export type WizardStepId = 'account' | 'wifi' | 'find' | 'setup' | 'result';

export interface WizardStep {
  id: WizardStepId;
  title: Message;
  /** One line under the title in the rail. */
  hint(prefix: string): Message;
  /** What the step does, shown as its introduction. */
  summary(prefix: string): Message;
}

export const wizardSteps: readonly WizardStep[] = [
  {
    id: 'account',
    title: m('ui.step.account.title'),
    hint: () => m('ui.step.account.hint'),
    summary: () => m('ui.step.account.summary'),
  },
  {
    id: 'wifi',
    title: m('ui.step.wifi.title'),
    hint: () => m('ui.step.wifi.hint'),
    summary: () => m('ui.step.wifi.summary'),
  },
  {
    id: 'find',
    title: m('ui.step.find.title'),
    hint: (prefix) => m('ui.step.find.hint', { prefix }),
    summary: (prefix) => m('ui.step.find.summary', { prefix }),
  },
  {
    id: 'setup',
    title: m('ui.step.setup.title'),
    hint: () => m('ui.step.setup.hint'),
    summary: () => m('ui.step.setup.summary'),
  },
  {
    id: 'result',
    title: m('ui.step.result.title'),
    hint: () => m('ui.step.result.hint'),
    summary: () => m('ui.step.result.summary'),
  },
];
