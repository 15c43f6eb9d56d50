import type { EN_CORE } from '../en/core';

export const DE_CORE: { readonly [K in keyof typeof EN_CORE]: string } = {
  'core.internal':
    'Photon Setup ist auf ein internes Problem gestoßen ({kind}). Starten Sie die App neu, wenn es bleibt.',
};
