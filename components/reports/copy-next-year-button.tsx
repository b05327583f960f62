import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';

/** 复制为下一年: this report rolled forward one year, as a new draft. */
export function CopyNextYearButton({ id, title }: { id: string; title: string }) {
  return (
    <ApiActionButton url="/api/reports" body={{ from: 'copy', id }} after="open-created" className={BUTTON.small}>
      复制为下一年<span className="sr-only">：《{title}》</span>
    </ApiActionButton>
  );
}
