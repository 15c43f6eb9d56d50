// What the core says (errors, outcomes, LED states, readiness, a run's progress), in English.
// Ids are area.thing[.part]; parameters are named in the text and in the list.
import { msg } from '../define';

export const EN_CORE = {
  'core.internal': msg(
    'Photon Setup hit an internal problem ({kind}). Restart the app if this stays.',
    ['kind'],
  ),
} as const;
