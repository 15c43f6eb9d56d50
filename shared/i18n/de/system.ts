import type { AreaTexts } from '../define';
import type { EN_SYSTEM } from '../en/system';

export const DE_SYSTEM: AreaTexts<typeof EN_SYSTEM> = {
};
