import { NextResponse, type NextRequest } from 'next/server';
import { CROSS_SITE_MESSAGE, isCrossSite } from '@/lib/http/cross-site';

/** Every state-changing request from a page of another site is refused before any route sees it, so
 * no route can forget the check. */
export function proxy(request: NextRequest) {
  if (isCrossSite(request.method, request.headers)) return NextResponse.json({ message: CROSS_SITE_MESSAGE }, { status: 403 });
  return NextResponse.next();
}

export const config = { matcher: '/api/:path*' };
