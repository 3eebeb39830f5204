export { default as OfflineDownload } from './OfflineDownload.svelte';
