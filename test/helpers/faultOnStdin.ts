// Preloaded into a child server by processExit.test.ts: a line on stdin makes the process fail
// the way a bug escaping every handler would. "throw": an uncaught exception from a timer;
// "reject": a promise rejected with no handler.
process.stdin.setEncoding("utf8");
process.stdin.on("data", (line: string) => {
  const what = line.trim();
  if (what === "throw") setTimeout(() => {
    throw new Error("fault injected by the test");
  });
  if (what === "reject") void Promise.reject(new Error("rejection injected by the test"));
});
