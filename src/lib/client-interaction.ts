import type { ClientDirective } from 'astro';

const triggers = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

/**
 * `client:interaction` — hydrates an island the first time the learner reaches into it (a tap, a
 * click, a key, or keyboard focus), so a lesson that only embeds a large widget such as the mock
 * chat ships no script for it until it is used. The server-rendered widget is visible and readable
 * from the start. A click that lands before hydration finishes is held back and replayed on the
 * same element afterwards, and text typed meanwhile is handed to the widget, so nothing is lost.
 */
const interaction: ClientDirective = (load, _options, island) => {
  let started = false;
  let held: HTMLElement | undefined;

  const onTrigger = (event: Event) => {
    if (event.type === 'click') {
      const target = (event.target as Element | null)?.closest<HTMLElement>('button, a[href], summary, label, input, select');
      if (target) {
        held = target;
        event.preventDefault();
        event.stopPropagation();
      }
    }
    if (started) return;
    started = true;
    void start();
  };

  const start = async () => {
    const hydrate = await load();
    const fields = [...island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((field) => [field, field.value] as const);
    await hydrate();
    // Let the widget's mount effects run (restoring saved work) before anything is replayed.
    await new Promise((resolve) => setTimeout(resolve));
    for (const type of triggers) island.removeEventListener(type, onTrigger, true);
    island.dataset.hydrated = 'true';
    for (const [field, typed] of fields) {
      if (!field.isConnected || typed === '' || field.value === typed) continue;
      field.value = typed;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (held?.isConnected) held.click();
  };

  for (const type of triggers) island.addEventListener(type, onTrigger, true);
};

export default interaction;
