/** Shared looks for buttons and links that act as buttons: one accent colour, red only for danger. */
export const BUTTON = {
  primary:
    'inline-flex items-center gap-1 rounded bg-accent px-4 py-2 font-medium text-white no-underline hover:bg-accent-dark disabled:cursor-not-allowed disabled:bg-gray-400',
  secondary:
    'inline-flex items-center gap-1 rounded border border-gray-400 bg-white px-4 py-2 text-gray-900 no-underline hover:bg-gray-100 disabled:cursor-not-allowed disabled:text-gray-400',
  small:
    'inline-flex items-center rounded border border-gray-300 bg-white px-2 py-0.5 text-sm text-gray-800 hover:bg-gray-100 disabled:cursor-not-allowed disabled:text-gray-400',
  danger: 'inline-flex items-center rounded px-2 py-0.5 text-sm text-red-700 underline hover:text-red-900',
  link: 'text-accent underline hover:text-accent-dark',
} as const;
