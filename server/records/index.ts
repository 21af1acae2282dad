// The session records: the interface (./store.ts), the SQLite store (./sqlite.ts, the default,
// embedded, zero configuration) and the hand-over of a stored session to the room that resumes
// it (./handover.ts). docs/deploy.md says what a PostgreSQL store would add.
export * from "./store";
export * from "./handover";
export { DEFAULT_DATA_FILE, openSqliteRecords as openRecords } from "./sqlite";
