/**
 * The account that a deleted student's posts belong to afterwards: it signs nobody in (disabled, no
 * password), is in no class, and its login name cannot be typed on the join form (lib/privacy/delete-student.ts).
 */
export const DELETED_STUDENT_ID = "deleted-student";
