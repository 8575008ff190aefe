// What the registries API answers with; browser-safe (no server imports).

export const DOCKER_HUB_ID = "hub";

export interface RegistryInfo {
  /** "hub" for Docker Hub, a short random id for the registries the user added. */
  id: string;
  kind: "hub" | "v2";
  /** Display name: the one the user gave, else the address. */
  name: string;
  /** `host[:port]` as image references name it ("docker.io" for Docker Hub). */
  address: string;
  /** The user name Berth holds a login for (never the password). */
  loggedInAs?: string;
  /** The login is also kept on disk (the user asked to remember it). */
  remembered?: boolean;
}

export interface HubSearchResult {
  name: string;
  description: string;
  stars: number;
  official: boolean;
  automated: boolean;
}

export interface CatalogPage {
  repositories: string[];
  /** Pass as `last` to read the next page; absent on the last page. */
  next?: string;
}

export interface TagList {
  repository: string;
  tags: string[];
}
