import type { AreaTexts } from '../define';
import type { EN_UI_VIEWS } from '../en/ui-views';

export const ZH_CN_UI_VIEWS: AreaTexts<typeof EN_UI_VIEWS> = {
};
