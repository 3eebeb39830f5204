export { default as GiftImport } from './GiftImport.svelte';
