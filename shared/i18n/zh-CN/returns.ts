import type { AreaTexts } from '../define';
import type { EN_RETURNS } from '../en/returns';

export const ZH_CN_RETURNS: AreaTexts<typeof EN_RETURNS> = {
};
