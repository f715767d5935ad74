// English messages of `grantsmith check` and `check --fix`.
export const check = {
};
