import { z } from 'astro/zod';

// Course authors are Chinese teachers: every built-in schema message is in Chinese.
z.config(z.locales.zhCN());

export { z };
