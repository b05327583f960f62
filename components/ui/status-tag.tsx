const LOOK: Record<string, string> = {
  已完成: 'text-gray-900',
  进行中: 'bg-blue-100 text-blue-900',
  未开始: 'bg-gray-200 text-gray-800',
  暂不能开始: 'text-gray-600',
  有问题: 'bg-red-100 text-red-800',
};

/** A task's status as GOV.UK shows it: 已完成 as plain text, the others as tags. */
export function StatusTag({ status }: { status: string }) {
  const tagged = status !== '已完成' && status !== '暂不能开始';
  return (
    <strong className={`whitespace-nowrap text-sm font-medium ${tagged ? 'rounded px-2 py-0.5' : ''} ${LOOK[status] ?? ''}`}>
      {status}
    </strong>
  );
}
