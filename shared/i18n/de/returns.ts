import type { AreaTexts } from '../define';
import type { EN_RETURNS } from '../en/returns';

export const DE_RETURNS: AreaTexts<typeof EN_RETURNS> = {
};
