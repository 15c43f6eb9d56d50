import type { AreaTexts } from '../define';
import type { EN_STATION } from '../en/station';

export const DE_STATION: AreaTexts<typeof EN_STATION> = {
};
