export { default as Picker } from './Picker.svelte';
