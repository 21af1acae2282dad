// The session records: the interface (./store.ts), the SQLite store (./sqlite.ts, the default,
// embedded, zero configuration), the PostgreSQL store (./postgres.ts, when DATABASE_URL is set:
// several processes, one database) and the hand-over of a stored session to the room that
// resumes it (./handover.ts).
export * from "./store";
export * from "./handover";
export { DEFAULT_DATA_FILE, openSqliteRecords as openRecords } from "./sqlite";
export { openPostgresRecords, type PostgresOptions } from "./postgres";
