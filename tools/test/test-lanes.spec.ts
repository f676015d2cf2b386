// How npm test lays its parts over lanes, shares the browser test files, and names one file to Playwright.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Part = { name: string; seconds: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { planLanes, shareFiles, onlyFile } = require('./test-lanes.cjs') as {
  planLanes<T extends Part>(parts: T[], laneCount: number): { seconds: number; parts: T[] }[];
  shareFiles(files: string[], durations: Record<string, number>, count: number): { seconds: number; files: string[] }[];
  onlyFile(path: string): string;
};

/** A Playwright argument as Playwright reads it (forceRegExp in its util: "/…/flags" is a pattern with those flags). */
function asPlaywrightReadsIt(argument: string): RegExp {
  const match = /^\/(.*)\/([gi]*)$/.exec(argument);
  return match ? new RegExp(match[1], match[2]) : new RegExp(argument, 'gi');
}

describe('test-lanes', () => {
  it('lays two browser shards, four jest shards and the checks over three lanes that end near together', () => {
    const parts: Part[] = [
      { name: 'lint', seconds: 40 },
      { name: 'type-check', seconds: 60 },
      ...[1, 2, 3, 4].map((i) => ({ name: `jest ${i}`, seconds: 330 })),
      { name: 'browser 1', seconds: 550 },
      { name: 'browser 2', seconds: 550 },
    ];
    const lanes = planLanes(parts, 3);
    expect(lanes).toHaveLength(3);
    // Every part once.
    expect(lanes.flatMap((lane) => lane.parts.map((part) => part.name)).sort()).toEqual(parts.map((part) => part.name).sort());
    // The two browser shards in different lanes, each lane's longest part first.
    const withBrowser = lanes.filter((lane) => lane.parts.some((part) => part.name.startsWith('browser')));
    expect(withBrowser).toHaveLength(2);
    for (const lane of withBrowser) expect(lane.parts[0].name).toMatch(/^browser/);
    // 2,520 s of parts: no lane over 880 (one browser lane beside two jest lanes: 1,100 and 660 each).
    const seconds = lanes.map((lane) => lane.seconds).sort((a, b) => a - b);
    expect(seconds).toEqual([760, 880, 880]);
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(2520);
  });

  it('runs everything in one lane when one is asked for, and leaves no lane empty when there are more lanes than parts', () => {
    const parts: Part[] = [
      { name: 'a', seconds: 3 },
      { name: 'b', seconds: 5 },
    ];
    expect(planLanes(parts, 1).map((lane) => lane.parts.map((part) => part.name))).toEqual([['b', 'a']]);
    expect(planLanes(parts, 4).map((lane) => lane.parts.map((part) => part.name))).toEqual([['b'], ['a']]);
  });

  it('shares the browser files by recorded time, each in one share, a new file counted as the median', () => {
    const durations = { 'e/chat.e2e.ts': 300, 'e/forum.e2e.ts': 80, 'e/crisis.e2e.ts': 90, 'e/identity.e2e.ts': 40, 'e/health.e2e.ts': 20 };
    const shares = shareFiles([...Object.keys(durations), 'e/new.e2e.ts'], durations, 2);
    expect(shares.flatMap((share) => share.files).sort()).toEqual([...Object.keys(durations), 'e/new.e2e.ts'].sort());
    // chat alone (300) against the rest (80 + 90 + 40 + 20 + 80 for the new file at the median): 310.
    expect(shares.map((share) => share.seconds).sort((a, b) => a - b)).toEqual([300, 310]);
    expect(shares.find((share) => share.files.includes('e/chat.e2e.ts'))!.files).toEqual(['e/chat.e2e.ts']);
  });

  it('names each browser file to Playwright so that it alone matches, of every file there is', () => {
    const folder = join(__dirname, '..', '..', 'apps', 'web-e2e', 'src');
    const files = readdirSync(folder).filter((name) => name.endsWith('.e2e.ts'));
    // chat.e2e.ts beside chat-keyboard.e2e.ts and others that begin or end alike.
    expect(files).toEqual(expect.arrayContaining(['chat.e2e.ts', 'chat-keyboard.e2e.ts', 'chat-room-lock.e2e.ts']));
    for (const file of files) {
      const pattern = asPlaywrightReadsIt(onlyFile(`apps/web-e2e/src/${file}`));
      expect(pattern.flags).toBe('');
      const matched = files.filter((other) => pattern.test(join(folder, other)));
      expect(matched).toEqual([file]);
    }
    // A dot is a dot, not any character.
    expect(asPlaywrightReadsIt(onlyFile('apps/web-e2e/src/chat.e2e.ts')).test('/repo/apps/web-e2e/src/chatxe2e.ts')).toBe(false);
  });
});
