import { describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING } from '../../../src/lib/sw/precache.ts';
import { registerScript, UPDATE_NOTICE_ID } from '../../../src/lib/sw/register-script.ts';

/** Runs the inline script against a hand-made browser: a document, a service-worker container, events. */
function run(options: { controller: boolean; waitingAtLoad: boolean; supported?: boolean }) {
  const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
  const on = (name: string) => (type: string, fn: (...a: unknown[]) => void) => (listeners[`${name}:${type}`] ??= []).push(fn);
  const fire = (key: string) => listeners[key]?.forEach((fn) => fn());
  const waiting = { postMessage: vi.fn(), state: 'installed' };
  const registration = {
    waiting: options.waitingAtLoad ? waiting : null,
    installing: null as null | { state: string; addEventListener: (type: string, fn: (...a: unknown[]) => void) => void },
    update: vi.fn(() => Promise.resolve()),
    addEventListener: on('registration'),
  };
  const box = { hidden: true };
  const status = { textContent: '', dataset: { text: '课程已更新' } };
  const button: { onclick?: () => void } = {};
  const later: { onclick?: () => void } = {};
  const notice = Object.assign(box, { querySelector: () => status, querySelectorAll: () => [button, later] });
  const container = {
    controller: options.controller ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
    addEventListener: on('sw'),
  };
  const location = { reload: vi.fn() };
  const document = { hidden: false, getElementById: (id: string) => (id === UPDATE_NOTICE_ID ? notice : null), addEventListener: on('document') };
  const navigator = options.supported === false ? {} : { serviceWorker: container };
  new Function('navigator', 'document', 'location', 'addEventListener', registerScript('/kefu/'))(navigator, document, location, on('window'));
  return { fire, registration, waiting, box, status, button, later, container, location };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('registerScript', () => {
  it('stays small enough to inline on every page', () => {
    expect(registerScript('/kefu/').length).toBeLessThan(1024);
  });

  it('registers sw.js for the whole base path after the page has loaded', async () => {
    const s = run({ controller: false, waitingAtLoad: false });
    expect(s.container.register).not.toHaveBeenCalled();
    s.fire('window:load');
    await flush();
    expect(s.container.register).toHaveBeenCalledWith('/kefu/sw.js', { scope: '/kefu/' });
    expect(s.box.hidden).toBe(true);
  });

  it('does nothing where service workers are unavailable', () => {
    expect(() => run({ controller: false, waitingAtLoad: false, supported: false }).fire('window:load')).not.toThrow();
  });

  it('says nothing on the first install (no page was controlled yet)', async () => {
    const s = run({ controller: false, waitingAtLoad: true });
    s.fire('window:load');
    await flush();
    expect(s.box.hidden).toBe(true);
  });

  it('shows the notice for a version found on an earlier page, and 刷新 hands over then reloads', async () => {
    const s = run({ controller: true, waitingAtLoad: true });
    s.fire('window:load');
    await flush();
    expect(s.box.hidden).toBe(false);
    await new Promise((r) => setTimeout(r, 150));
    expect(s.status.textContent, 'the live region is filled after it is shown').toBe('课程已更新');
    s.fire('sw:controllerchange');
    expect(s.location.reload, 'no reload before the learner asks').not.toHaveBeenCalled();
    s.button.onclick!();
    expect(s.waiting.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
    s.fire('sw:controllerchange');
    expect(s.location.reload).toHaveBeenCalledTimes(1);
  });

  it('稍后 hides the notice without switching version', async () => {
    const s = run({ controller: true, waitingAtLoad: true });
    s.fire('window:load');
    await flush();
    s.later.onclick!();
    expect(s.box.hidden).toBe(true);
    expect(s.waiting.postMessage).not.toHaveBeenCalled();
  });

  it('shows the notice when a new version finishes installing while the page is open', async () => {
    const s = run({ controller: true, waitingAtLoad: false });
    s.fire('window:load');
    await flush();
    let statechange = () => {};
    const installing = { state: 'installing', addEventListener: (_: string, fn: (...a: unknown[]) => void) => void (statechange = fn) };
    s.registration.installing = installing;
    s.fire('registration:updatefound');
    expect(s.box.hidden).toBe(true);
    installing.state = 'installed';
    s.registration.waiting = s.waiting;
    statechange();
    expect(s.box.hidden).toBe(false);
  });

  it('checks for a new version when the tab comes back into view', async () => {
    const s = run({ controller: true, waitingAtLoad: false });
    s.fire('window:load');
    await flush();
    s.fire('document:visibilitychange');
    expect(s.registration.update).toHaveBeenCalled();
  });
});
