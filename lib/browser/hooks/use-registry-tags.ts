import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { tagsPath } from "@/lib/browser/paths/registries";
import type { TagList } from "@/lib/shared/types/registries";

/** The tags of one repository of a registry; like the catalog, keyed by the login too. */
export function useRegistryTags(id: string, repository: string | undefined, login: string | undefined) {
  const { data, error, isLoading, mutate } = useSWR<TagList, ApiError, [string, string] | null>(
    repository ? [tagsPath(id, repository), login ?? ""] : null,
    ([url]) => fetchJson<TagList>(url),
  );
  return { tags: data?.tags, error, isLoading, mutate };
}
