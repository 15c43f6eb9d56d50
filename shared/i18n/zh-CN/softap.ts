import type { AreaTexts } from '../define';
import type { EN_SOFTAP } from '../en/softap';

export const ZH_CN_SOFTAP: AreaTexts<typeof EN_SOFTAP> = {
};
