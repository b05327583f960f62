'use client';

import { useState } from 'react';
import type { TPreviewPage } from '@/lib/preview/layout-pages';
import { BUTTON } from '@/components/ui/button-classes';
import { PageSheet } from './page-sheet';

const ZOOMS = [0.5, 0.75, 1, 1.25];

/** The pages at true proportions, with zoom; Ctrl+P (or 打印) prints the same pages on A4. */
export function PagedPreview({ pages }: { pages: TPreviewPage[] }) {
  const [zoom, setZoom] = useState(0.75);
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center gap-3">
        <label htmlFor="zoom" className="font-bold">
          缩放
        </label>
        <select id="zoom" value={zoom} onChange={(e) => setZoom(Number(e.target.value))} className="rounded border-2 border-gray-700 bg-white px-2 py-1">
          {ZOOMS.map((z) => (
            <option key={z} value={z}>
              {z * 100}%
            </option>
          ))}
        </select>
        <button type="button" className={BUTTON.secondary} onClick={() => window.print()}>
          打印
        </button>
        <span className="text-gray-700" data-testid="page-count">
          共 {pages.length} 页
        </span>
      </div>
      <div className="preview-pages overflow-x-auto" style={{ zoom }}>
        {pages.map((page) => (
          <PageSheet key={page.number} page={page} />
        ))}
      </div>
    </>
  );
}
