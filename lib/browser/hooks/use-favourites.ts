import { useCallback, useSyncExternalStore } from "react";
import { favouriteNames, serverFavourites, setFavourite, subscribeFavourites } from "@/lib/browser/containers/favourites";

/** The starred container names and a toggle; every user of it re-renders when any star changes. */
export function useFavourites() {
  const favourites = useSyncExternalStore(subscribeFavourites, favouriteNames, serverFavourites);
  const toggle = useCallback((name: string) => setFavourite(name, !favouriteNames().has(name)), []);
  return { favourites, toggle };
}
