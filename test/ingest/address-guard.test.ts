import { describe, expect, it } from 'vitest';
import { assertPublicHost, guardedLookup, isPrivateAddress } from '../../src/ingest/address-guard.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { ReadItem } from '../../src/ingest/read-item.js';
import { send, startServer } from './local-server.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'lets %s through',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('the SSRF guard on fetching', () => {
  it('checks what a name resolves to, not the name', async () => {
    await expect(assertPublicHost('localhost')).rejects.toMatchObject({ code: 'forbidden_address' });
    await expect(assertPublicHost('[::1]')).rejects.toMatchObject({ code: 'forbidden_address' });
    const lookedUp = await new Promise<unknown>((resolve) =>
      guardedLookup('localhost', {}, (err) => resolve(err)),
    );
    expect(lookedUp).toMatchObject({ code: 'forbidden_address' });
  });

  it('refuses loopback URLs when private addresses are not allowed, and reads them when they are', async () => {
    const server = await startServer({
      '/a': send('<html><body><p>Ten people were hurt.</p></body></html>'),
    });
    try {
      const collect = async (allowPrivate: boolean): Promise<ReadItem[]> => {
        const items: ReadItem[] = [];
        const urls = [server.url('/a'), server.url('/a').replace('127.0.0.1', 'localhost')];
        for (const url of urls)
          for await (const item of readInputs([url], { allowPrivate })) items.push(item);
        return items;
      };
      const refused = await collect(false);
      expect(refused.map((i) => (i.kind === 'failure' ? i.error.code : 'document'))).toEqual([
        'forbidden_address',
        'forbidden_address',
      ]);
      expect(server.hits).toEqual([]); // nothing reached the server
      expect((await collect(true)).map((i) => i.kind)).toEqual(['document', 'document']);
    } finally {
      await server.close();
    }
  });
});

describe('readInputs for a remote caller (allowPrivate: false)', () => {
  it('reads no local file, directory or standard input', async () => {
    const items: ReadItem[] = [];
    const stdin = (): Promise<Buffer> => Promise.reject(new Error('stdin must not be read'));
    for await (const item of readInputs(['/etc/hostname', '.', '-', 'package.json'], {
      allowPrivate: false,
      stdin,
    })) {
      items.push(item);
    }
    expect(
      items.map((i) => (i.kind === 'failure' ? `${i.error.code}: ${i.error.message}` : 'document')),
    ).toEqual([
      'bad_url: /etc/hostname: only http and https URLs are accepted here',
      'bad_url: .: only http and https URLs are accepted here',
      'bad_url: -: only http and https URLs are accepted here',
      'bad_url: package.json: only http and https URLs are accepted here',
    ]);
  });

  it('still reads files when the caller allows them explicitly', async () => {
    const items: ReadItem[] = [];
    for await (const item of readInputs(['examples/jaffar-express/002_9022243f7c85389f.txt'], {
      allowPrivate: false,
      allowFiles: true,
    }))
      items.push(item);
    expect(items.map((i) => i.kind)).toEqual(['document']);
  });
});
