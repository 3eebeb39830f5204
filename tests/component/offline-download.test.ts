import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import OfflineDownload from '../../src/components/site/offline/OfflineDownload.svelte';

// What the build writes to dist/offline-packs.json (src/integrations/service-worker.ts), in small.
const packs = {
  urls: ['/kefu/lessons/1-1/', '/kefu/_astro/a.js', '/kefu/pagefind/pagefind.js'],
  packs: [
    { id: 'course', label: '整门课程', sent: 1.9 * 1024 * 1024, files: [0, 1] },
    { id: 'search', label: '搜索索引', sent: 1.4 * 1024 * 1024, files: [2] },
    { id: 'm1', label: '模块1 走近网络客服工作平台', sent: 286 * 1024, files: [0, 1] },
  ],
};

beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(packs)));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the 离线下载 control', () => {
  it('shows each pack with its size and a button named after it', async () => {
    render(OfflineDownload, { packsUrl: '/kefu/offline-packs.json' });
    expect(await screen.findByRole('button', { name: '离线下载整门课程（约 1.9 MB）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '离线下载搜索索引（约 1.4 MB）' })).toBeTruthy();
    const m1 = screen.getByRole('button', { name: '离线下载模块1 走近网络客服工作平台（约 286 KB）' });
    expect(within(m1.closest('li')!).getByText('未下载')).toBeTruthy();
  });

  it('on a module page offers only that module', async () => {
    render(OfflineDownload, { packsUrl: '/kefu/offline-packs.json', ids: ['m1'] });
    await screen.findByRole('button', { name: /^离线下载模块1/ });
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('says in Chinese why nothing can be saved where the browser has no offline storage', async () => {
    const user = userEvent.setup();
    render(OfflineDownload, { packsUrl: '/kefu/offline-packs.json', ids: ['m1'] });
    await user.click(await screen.findByRole('button', { name: /^离线下载模块1/ }));
    expect(screen.getByRole('status').textContent).toBe('这个浏览器不能把课程保存到本机（可能开启了无痕或隐私模式）。请换用普通窗口，或联网时直接在线学习。');
  });

  it('tells the learner when the list of packs cannot be read', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    render(OfflineDownload, { packsUrl: '/kefu/offline-packs.json' });
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('暂时无法读取离线下载的内容清单，请联网后刷新页面。'));
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
