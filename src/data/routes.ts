import { makeRoutes } from '../lib/routes.ts';

/** The site's routes under the configured BASE_PATH. */
export const routes = makeRoutes(import.meta.env.BASE_URL);
