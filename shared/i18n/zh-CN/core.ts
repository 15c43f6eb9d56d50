import type { AreaTexts } from '../define';
import type { EN_CORE } from '../en/core';

export const ZH_CN_CORE: AreaTexts<typeof EN_CORE> = {
  'core.internal': 'Photon Setup 遇到内部问题（{kind}）。如果问题持续，请重新启动应用。',
};
