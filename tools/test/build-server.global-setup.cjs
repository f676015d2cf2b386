// Jest global setup for suites that run built processes (the worker, the api on other ports).
// npm test builds once before its jest shards start and says so (LANTERN_SERVER_BUILT=1): each
// shard building again would rewrite dist/ under the other shard's and the browser tests' servers.
module.exports = async () => {
  if (process.env.LANTERN_SERVER_BUILT === '1') return;
  const { buildServer } = await import('../build/build.mjs');
  await buildServer();
};
