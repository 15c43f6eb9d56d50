// What the window says (its labels, buttons, hints and its own checks), in English.
import { msg } from '../define';

export const EN_UI = {
  'ui.language.label': msg('Language'),
  'ui.language.system': msg('As this computer ({name})', ['name']),
} as const;
