import { fnv1a } from '../lib/fnv1a.ts';

/**
 * The storage names every part of the site agrees on: the stores, the import and export, and the
 * inline scripts of pages that ship no bundle (src/stores/inline-scripts.ts). docs/saved-data.md
 * explains the layout.
 */

/** Every saved key starts with this; bump `v1` only with a migration of every area. */
export const storagePrefix = 'kefu:v1:';
/** When each saved key last changed (`{key: ms}`), so an import can keep the newer copy. */
export const writeTimesKey = 'kefu:write-times';
/** Unreadable saved values are copied under this prefix, never deleted. */
export const quarantinePrefix = 'kefu:quarantine:';

/** A short fingerprint of a text, so the same damaged value is copied aside once (the inline scripts compute the same). */
export const fingerprint = (text: string): string => fnv1a(text).toString(36);

/** Where an unreadable value of `key` is kept. @example quarantineKey('kefu:v1:visits', '{') === 'kefu:quarantine:kefu:v1:visits:' + fingerprint('{') */
export const quarantineKey = (key: string, raw: string) => `${quarantinePrefix}${key}:${fingerprint(raw)}`;
