import type { EN_UI } from '../en/ui';

export const ZH_CN_UI: { readonly [K in keyof typeof EN_UI]: string } = {
  'ui.language.label': '语言',
  'ui.language.system': '跟随此计算机（{name}）',
};
