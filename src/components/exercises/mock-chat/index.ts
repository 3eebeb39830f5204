// Lessons use the Astro wrapper src/components/exercises/mock-chat/ChatBlock.astro: <Chat id="presale-genuine" />.
export { default as ChatBlock } from './ChatBlock.astro';
export { default as MockChat } from './MockChat.svelte';
export { MockChatState } from './mock-chat.svelte.ts';
