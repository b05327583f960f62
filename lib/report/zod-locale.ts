import { z } from 'zod';

// Every message a clerk can see is Chinese, including zod's own for types and enums the schema does not word itself.
z.config(z.locales.zhCN());
