// The abuse figure's attacker, run as its own process as it would be from another machine: its
// own event loop, so the victim's timings in the bench process are not delayed by the flood's
// JavaScript. It registers and posts as fast as it can, 8 requests at a time each, and prints its
// tally as one JSON line every 250 ms until it is sent SIGTERM.
//
// Usage: node flood.js <baseUrl> <threadId> <accessToken>

interface Tally {
  created: number;
  limited: number;
  other: number;
}

const [baseUrl, threadId, token] = process.argv.slice(2);
const tally = { registrations: { created: 0, limited: 0, other: 0 }, posts: { created: 0, limited: 0, other: 0 } };
let flooding = true;

function count(bucket: Tally, status: number): void {
  if (status === 201) bucket.created += 1;
  else if (status === 429) bucket.limited += 1;
  else bucket.other += 1;
}

async function flood(send: () => Promise<Response>, bucket: Tally): Promise<void> {
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (flooding) {
        const response = await send().catch(() => null);
        if (!response) continue;
        count(bucket, response.status);
        await response.arrayBuffer();
      }
    }),
  );
}

const report = () => process.stdout.write(`${JSON.stringify(tally)}\n`);
const timer = setInterval(report, 250);
process.on('SIGTERM', () => {
  flooding = false;
});

void Promise.all([
  flood(() => fetch(`${baseUrl}/api/v1/auth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }), tally.registrations),
  flood(
    () =>
      fetch(`${baseUrl}/api/v1/threads/${threadId}/posts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ body: 'buy now buy now' }),
      }),
    tally.posts,
  ),
]).then(() => {
  clearInterval(timer);
  report();
  process.exit(0);
});
