import useSWRInfinite from "swr/infinite";
import type { ApiError } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { catalogPath } from "@/lib/browser/paths/registries";
import type { CatalogPage } from "@/lib/shared/types/registries";

/**
 * A registry's repositories page by page (`/v2/_catalog` with `n`/`last`). The login is part of the key:
 * logging in or out reads the catalog again instead of showing what the other identity saw.
 */
export function useRegistryCatalog(id: string, login: string | undefined) {
  const { data, error, isLoading, isValidating, size, setSize, mutate } = useSWRInfinite<CatalogPage, ApiError>(
    (index: number, previous: CatalogPage | null) => {
      if (index > 0 && !previous?.next) return null;
      return [catalogPath(id, index > 0 ? previous!.next : undefined), login ?? ""];
    },
    ([url]: [string, string]) => fetchJson<CatalogPage>(url),
    { revalidateFirstPage: false },
  );
  const repositories = data?.flatMap((page) => page.repositories);
  const hasMore = Boolean(data?.[data.length - 1]?.next);
  const loadingMore = isValidating && size > (data?.length ?? 0);
  return { repositories, error, isLoading, hasMore, loadingMore, loadMore: () => setSize(size + 1), mutate };
}
