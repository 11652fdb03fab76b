import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToHost, startTempWebHost } from '../test-support/temp-web-host';
import { MAX_CONNECTIONS, startWebHost, type WebHost } from './web-host';

type TempWebHost = Awaited<ReturnType<typeof startTempWebHost>>;

const post = (host: WebHost, method: string, body: Buffer) => postToHost(host, `/api/${method}`, body);

/** The answer to GET / on a new connection, or '' when the host drops the connection. */
function getIndex(port: number): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(answer));
  });
}

/** Resolves once the server closes the socket. */
const closed = (socket: Socket) => new Promise<void>((resolve) => socket.once('close', () => resolve()));

describe('web host limits', () => {
  let core: TempWebHost['core'];
  let host: WebHost;
  let rendererDir: string;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ core, host, rendererDir, dispose } = await startTempWebHost());
  });
  afterAll(() => dispose());

  it('refuses a body that is not valid UTF-8 with a clear error, and saves nothing of it', async () => {
    // "Li " then a lone continuation byte and a truncated 3-byte sequence: not UTF-8 at all.
    const body = Buffer.concat([
      Buffer.from('{"delegation":"","deputyNumber":"","contact":"","name":"Li '),
      Buffer.from([0x80, 0xe4, 0xb8]),
      Buffer.from('"}'),
    ]);
    const answer = await post(host, 'profile.update', body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toMatch(/UTF-8/);
    expect(core.store.data.profile.name).toBe('');
    // The same call in proper UTF-8 (Chinese included) goes through.
    const good = await post(
      host,
      'profile.update',
      Buffer.from(JSON.stringify({ name: '李明', delegation: '', deputyNumber: '', contact: '' })),
    );
    expect(good.status).toBe(200);
    expect(core.store.data.profile.name).toBe('李明');
  });

  it(`serves at most ${MAX_CONNECTIONS} connections at once and answers again once they close`, async () => {
    const own = await startWebHost({ dispatch: core.dispatch, rendererDir });
    let dropped = 0;
    const sockets = await Promise.all(
      Array.from(
        { length: MAX_CONNECTIONS + 6 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect(own.port, '127.0.0.1', () => resolve(socket));
            socket.on('error', () => undefined);
            socket.once('close', () => {
              dropped += 1;
              resolve(socket); // dropped before or after it connected
            });
          }),
      ),
    );
    try {
      await expect.poll(() => dropped).toBe(6);
      // The ones kept are served: a request on one of them is answered.
      const kept = sockets.find((socket) => !socket.destroyed)!;
      const answer = new Promise<string>((resolve) => kept.once('data', (chunk: Buffer) => resolve(chunk.toString())));
      kept.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${own.port}\r\n\r\n`);
      expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
    // Once the host has seen them close, a new connection is served again.
    await expect.poll(() => getIndex(own.port), { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 200/);
    await own.close();
  });

  it('drops a client that never finishes its request headers (slowloris), after the request timeout', async () => {
    const own = await startWebHost({ dispatch: core.dispatch, rendererDir, requestTimeoutMs: 300, connectionsCheckingIntervalMs: 100 });
    const socket = connect(own.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${own.port}\r\nX-Slow: `);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    await closed(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    await own.close();
  });
});
