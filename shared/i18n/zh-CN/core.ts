import type { EN_CORE } from '../en/core';

export const ZH_CN_CORE: { readonly [K in keyof typeof EN_CORE]: string } = {
  'core.internal': 'Photon Setup 遇到内部问题（{kind}）。如果问题持续，请重新启动应用。',
};
