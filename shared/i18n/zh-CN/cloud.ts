import type { AreaTexts } from '../define';
import type { EN_CLOUD } from '../en/cloud';

export const ZH_CN_CLOUD: AreaTexts<typeof EN_CLOUD> = {
};
