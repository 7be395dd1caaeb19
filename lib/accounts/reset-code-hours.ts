/** How long a teacher's password-reset code works (a school day and the evening after). */
export const RESET_CODE_HOURS = 24;
