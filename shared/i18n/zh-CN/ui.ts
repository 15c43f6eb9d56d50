import type { AreaTexts } from '../define';
import type { EN_UI } from '../en/ui';

export const ZH_CN_UI: AreaTexts<typeof EN_UI> = {
  'ui.language.label': '语言',
  'ui.language.system': '跟随此计算机（{name}）',
};
