export const EN_CLI = {} as const;
