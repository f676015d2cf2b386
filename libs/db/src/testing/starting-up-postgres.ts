import { connect, createServer, type AddressInfo, type Server } from 'node:net';

/** PostgreSQL's own refusal while it starts up: an ErrorResponse with SQLSTATE 57P03. */
function startingUp(): Buffer {
  const fields = Buffer.from('SFATAL\0VFATAL\0C57P03\0Mthe database system is starting up\0\0', 'latin1');
  const length = Buffer.alloc(4);
  length.writeInt32BE(fields.length + 4);
  return Buffer.concat([Buffer.from('E'), length, fields]);
}

/**
 * A server in front of the PostgreSQL at `target` that says "the database system is starting up"
 * to the first `refusals` connections, then lets them through: a PostgreSQL still starting, for
 * tests of what waits for it. Answers in this process, so what connects to it must run in another
 * without blocking this one (spawn, not spawnSync).
 */
export async function startingUpPostgres(target: URL, refusals: number): Promise<{ server: Server; port: number }> {
  let seen = 0;
  const server = createServer((socket) => {
    seen += 1;
    if (seen <= refusals) {
      socket.once('data', () => socket.end(startingUp()));
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}
