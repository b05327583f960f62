import { z } from 'zod';
import { zhCN } from 'zod/locales';

// Every message a clerk can see is Chinese, including zod's own for types and enums the schema does not
// word itself. The one locale is imported by name: the z.locales namespace would ship all of them.
z.config(zhCN());
