import type { AreaTexts } from '../define';
import type { EN_CLOUD } from '../en/cloud';

export const DE_CLOUD: AreaTexts<typeof EN_CLOUD> = {
};
