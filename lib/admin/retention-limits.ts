/** How long student data is kept after a class ends (days): the default and what an administrator may set. */
export const RETENTION_DAYS_DEFAULT = 365;
export const RETENTION_DAYS_MIN = 30;
export const RETENTION_DAYS_MAX = 3650;
