import { describe, expect, it } from 'vitest';
import { resolveDataFolder } from './data-folder';

describe('resolveDataFolder', () => {
  it('uses DEPUTY_DESK_DATA when it is set', () => {
    expect(resolveDataFolder({ DEPUTY_DESK_DATA: '/tmp/desk' }, 'linux', '/home/li')).toBe('/tmp/desk');
  });

  it('ignores a blank DEPUTY_DESK_DATA', () => {
    expect(resolveDataFolder({ DEPUTY_DESK_DATA: '  ' }, 'linux', '/home/li')).toBe('/home/li/.config/Deputy Desk');
  });

  it.each([
    ['linux', {}, '/home/li/.config/Deputy Desk'],
    ['linux', { XDG_CONFIG_HOME: '/cfg' }, '/cfg/Deputy Desk'],
    ['darwin', {}, '/home/li/Library/Application Support/Deputy Desk'],
  ] as const)('matches Electron userData on %s', (platform, env, expected) => {
    expect(resolveDataFolder(env, platform, '/home/li')).toBe(expected);
  });
});
