import type { Metadata } from 'next';
import { OfflineReader } from '@/components/offline/offline-reader';

export const metadata: Metadata = { title: '离线阅读' };

/** Static, so the service worker can keep it (and the files it loads) and show it with no network. */
export default function OfflinePage() {
  return <OfflineReader />;
}
