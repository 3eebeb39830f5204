import { withBase } from '../base-path.ts';

/** Brand colours of the manifest; the same as `--brand` and `--bg` in src/styles/global.css. */
export const brandColors = { theme: '#0a5c7a', background: '#ffffff' } as const;

/** One icon of the web app manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

/** The PNG icons under public/icons/ (drawn by scripts/make-icons.mjs), relative to the base path. */
export const iconFiles = {
  any192: 'icons/icon-192.png',
  any512: 'icons/icon-512.png',
  maskable512: 'icons/icon-maskable-512.png',
  apple: 'icons/apple-touch-icon.png',
} as const;

/**
 * The web app manifest for a site served under `base`: installing the course opens its home page and
 * keeps every page of the course (and only those) inside the app window.
 */
export function webManifest(base: string) {
  const at = (path: string) => withBase(base, path);
  const icons: ManifestIcon[] = [
    { src: at(iconFiles.any192), sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: at(iconFiles.any512), sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: at(iconFiles.maskable512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ];
  return {
    id: at(''),
    name: '电子商务客户服务 · 互动课程',
    short_name: '客服课程',
    description: '电子商务客户服务课程的互动学习网站：课文、练习、测验与搜索，离线也能学习。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: at(''),
    scope: at(''),
    display: 'standalone',
    theme_color: brandColors.theme,
    background_color: brandColors.background,
    icons,
  };
}
