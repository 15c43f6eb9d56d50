import type { AreaTexts } from '../define';
import type { EN_CORE } from '../en/core';

export const DE_CORE: AreaTexts<typeof EN_CORE> = {
  'core.internal': 'Photon Setup ist auf ein internes Problem gestoßen ({kind}). Starten Sie die App neu, wenn es bleibt.',
};
