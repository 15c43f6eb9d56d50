import type { AreaTexts } from '../define';
import type { EN_UI } from '../en/ui';

export const DE_UI: AreaTexts<typeof EN_UI> = {
  'ui.language.label': 'Sprache',
  'ui.language.system': 'Wie dieser Computer ({name})',
};
