import type { AreaTexts } from '../define';
import type { EN_WIFI } from '../en/wifi';

export const ZH_CN_WIFI: AreaTexts<typeof EN_WIFI> = {
};
