// Lessons use the Astro wrapper: <Chat id="presale-genuine" /> (re-exported from exercises/index.ts).
export { default as ChatBlock } from './ChatBlock.astro';
export { default as MockChat } from './MockChat.svelte';
export { MockChatState } from './mock-chat.svelte.ts';
