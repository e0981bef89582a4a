// Review record ids: merging two copies of the log dedupes on them, so they must never collide
// between windows or devices. The device id must therefore be unique per window (in VS Code:
// `${env.machineId}.${env.sessionId}`), and the counter separates answers in the same millisecond.

export type ReviewRecordIds = (at: Date) => string;

export function createReviewRecordIds(deviceId: string): ReviewRecordIds {
  let counter = 0;
  return (at) => `${deviceId}-${at.getTime()}-${counter++}`;
}
