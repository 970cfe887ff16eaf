/** Which way a check's value is better. */
export const DIRECTIONS = ["lower-is-better", "higher-is-better"] as const;
export type CheckDirection = (typeof DIRECTIONS)[number];
