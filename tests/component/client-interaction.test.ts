import { afterEach, describe, expect, it, vi } from 'vitest';
import interaction from '../../src/lib/client-interaction.ts';

// A server-rendered island (a reply box and a send button) and a stand-in for its hydration: the
// widget takes over the button and, like a widget restoring saved work, resets the box to its draft.
function island() {
  const root = document.createElement('astro-island');
  root.innerHTML = '<textarea aria-label="回复顾客"></textarea><button type="button">发送</button><p>说明文字</p>';
  document.body.append(root);
  const box = root.querySelector('textarea')!;
  const button = root.querySelector('button')!;
  const widget = { clicks: 0, inputs: [] as string[] };
  const hydrate = vi.fn(async () => {
    box.value = '';
    box.addEventListener('input', () => widget.inputs.push(box.value));
    button.addEventListener('click', () => widget.clicks++);
  });
  const load = vi.fn(async () => hydrate);
  interaction(load, { name: 'interaction', value: '' }, root);
  /** Hydration finished (the directive waits a task for the widget's mount effects). */
  const settled = () => vi.waitFor(() => expect(root.dataset.hydrated).toBe('true'));
  return { root, box, button, widget, load, hydrate, settled };
}

afterEach(() => document.body.replaceChildren());

describe('client:interaction', () => {
  it('loads nothing while the learner only reads the page', async () => {
    const { load } = island();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(load).not.toHaveBeenCalled();
  });

  it.each(['pointerdown', 'focusin', 'keydown'])('hydrates once on the first %s inside the island', async (type) => {
    const { root, load, hydrate, settled, box } = island();
    box.dispatchEvent(new Event(type, { bubbles: true }));
    box.dispatchEvent(new Event(type, { bubbles: true }));
    await settled();
    expect(load).toHaveBeenCalledTimes(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
    expect(root.dataset.hydrated).toBe('true');
  });

  it('replays a click that landed before hydration, once, on the same button', async () => {
    const { button, widget, settled } = island();
    button.click();
    expect(widget.clicks).toBe(0);
    await settled();
    expect(widget.clicks).toBe(1);
    button.click();
    expect(widget.clicks).toBe(2);
  });

  it('does not hold back a click on plain text', async () => {
    const { root, widget, settled } = island();
    const text = root.querySelector('p')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    text.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    await settled();
    expect(widget.clicks).toBe(0);
  });

  it('hands text typed before hydration to the widget instead of losing it', async () => {
    const { box, widget, settled } = island();
    box.dispatchEvent(new Event('focusin', { bubbles: true }));
    box.value = '亲，在的';
    await settled();
    expect(box.value).toBe('亲，在的');
    expect(widget.inputs).toEqual(['亲，在的']);
  });
});
