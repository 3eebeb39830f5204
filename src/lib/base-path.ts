/**
 * Turns a user-supplied base path into the form Astro expects: a leading and a trailing slash.
 * @example normaliseBase('kefu') === '/kefu/'
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Joins the site's base with a path inside the site; every internal link goes through this.
 * @example withBase('/kefu/', 'lessons/1-1/') === '/kefu/lessons/1-1/'
 */
export function withBase(base: string, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `${normaliseBase(base)}${clean}`;
}
