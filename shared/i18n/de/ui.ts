import type { EN_UI } from '../en/ui';

export const DE_UI: { readonly [K in keyof typeof EN_UI]: string } = {
  'ui.language.label': 'Sprache',
  'ui.language.system': 'Wie dieser Computer ({name})',
};
