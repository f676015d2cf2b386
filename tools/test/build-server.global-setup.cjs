// Jest global setup for suites that run built processes (the worker, the api on other ports).
module.exports = async () => {
  const { buildServer } = await import('../build/build.mjs');
  await buildServer();
};
