import { useCallback, useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";

/**
 * What every dialog and small form does around one request: busy while it runs, the failure's message shown
 * after it. `run` resolves true when `action` succeeded. With `keepBusy` the control stays busy after a success
 * (a dialog about to close should not flash its buttons back on).
 */
export function useAction(opts: { keepBusy?: boolean } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { keepBusy = false } = opts;
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        await action();
        if (!keepBusy) setBusy(false);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        setBusy(false);
        return false;
      }
    },
    [keepBusy],
  );
  return { busy, error, setError, run };
}
