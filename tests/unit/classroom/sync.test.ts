import { describe, expect, it } from 'vitest';
import { channelName, isPresenterUrl, presenterUrl, readMessage } from '../../../src/lib/classroom/sync.ts';

describe('readMessage', () => {
  it.each([
    [{ kind: 'go', index: 3 }, { kind: 'go', index: 3 }],
    [{ kind: 'go', index: 0 }, { kind: 'go', index: 0 }],
    [{ kind: 'go', index: 24 }, null],
    [{ kind: 'go', index: -1 }, null],
    [{ kind: 'go', index: 1.5 }, null],
    [{ kind: 'go', index: '3' }, null],
    [{ kind: 'blank', on: true }, { kind: 'blank', on: true }],
    [{ kind: 'blank', on: 'yes' }, null],
    [{ kind: 'hello', extra: 1 }, { kind: 'hello' }],
    [{ kind: 'timer', state: { index: 1 } }, { kind: 'timer', state: { index: 1 } }],
    [{ kind: 'timer', state: 'running' }, null],
    [{ kind: 'reload' }, null],
    ['go', null],
    [null, null],
  ])('reads %j as %j in a deck of 24', (data, expected) => {
    expect(readMessage(data, 24)).toEqual(expected);
  });
});

describe('addresses', () => {
  it.each([
    ['?presenter', true],
    ['?presenter=1', true],
    ['', false],
    ['?q=presenter', false],
  ])('%j asks for the presenter view: %s', (search, expected) => {
    expect(isPresenterUrl(search)).toBe(expected);
  });

  it('opens the presenter view on the same page at the same slide', () => {
    expect(presenterUrl({ pathname: '/kefu/lessons/1-1/', hash: '#projector-5' })).toBe('/kefu/lessons/1-1/?presenter#projector-5');
  });

  it('gives each lesson its own channel', () => {
    expect(channelName('1.1')).not.toBe(channelName('1.2'));
  });
});
