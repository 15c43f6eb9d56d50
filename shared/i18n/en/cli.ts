// eslint-disable-next-line @typescript-eslint/no-unused-vars -- entries arrive with the window's texts
import { msg } from '../define';

export const EN_CLI = {
} as const;
