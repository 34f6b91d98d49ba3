import { describe, expect, it } from 'vitest';
import { demoAddress } from '../../scripts/lib/demo-address.mjs';

describe('npm run demo', () => {
  it('listens on loopback by default, at the address it prints and gives next-auth', () => {
    expect(demoAddress({}, 'box')).toEqual({
      host: '127.0.0.1',
      port: '3000',
      publicUrl: 'http://localhost:3000',
    });
  });

  it('opens to the network only when HOST asks, under the machine name', () => {
    expect(demoAddress({ HOST: '0.0.0.0', PORT: '8080' }, 'box')).toEqual({
      host: '0.0.0.0',
      port: '8080',
      publicUrl: 'http://box:8080',
    });
    expect(demoAddress({ HOST: '10.0.0.5' }, 'box').publicUrl).toBe('http://10.0.0.5:3000');
  });

  it('takes NEXTAUTH_URL when set', () => {
    const env = { HOST: '0.0.0.0', NEXTAUTH_URL: 'https://wall.example.com' };
    expect(demoAddress(env, 'box').publicUrl).toBe('https://wall.example.com');
  });
});
