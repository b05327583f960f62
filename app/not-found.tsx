import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">找不到这个页面</h1>
      <p className="mb-4">这份报告可能已被删除，或者网址有误。</p>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
    </>
  );
}
