import type { AreaTexts } from '../define';
import type { EN_RUN } from '../en/run';

export const DE_RUN: AreaTexts<typeof EN_RUN> = {
  'phase.prepare.label': 'Prepare with the cloud', // TODO(translate)
  'phase.find.label': 'Find the device', // TODO(translate)
  'phase.join.label': "Join the device's network", // TODO(translate)
  'phase.talk.label': 'Talk to the device', // TODO(translate)
  'phase.configure.label': 'Send the Wi-Fi settings', // TODO(translate)
  'phase.connect.label': 'Tell the device to connect', // TODO(translate)
  'phase.restore.label': "Return to this computer's Wi-Fi", // TODO(translate)
  'phase.verify.label': 'Check with the cloud', // TODO(translate)
  'phase.prepare.while': 'preparing with the cloud', // TODO(translate)
  'phase.find.while': 'looking for the device', // TODO(translate)
  'phase.join.while': "joining the device's network", // TODO(translate)
  'phase.talk.while': 'talking to the device', // TODO(translate)
  'phase.configure.while': 'sending the Wi-Fi settings', // TODO(translate)
  'phase.connect.while': 'telling the device to connect', // TODO(translate)
  'phase.restore.while': 'returning this computer to its Wi-Fi', // TODO(translate)
  'phase.verify.while': 'checking with the cloud', // TODO(translate)
};
