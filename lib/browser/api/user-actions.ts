import { fetchJson, postJson } from "./fetch-json";
import type { AddUserBody, TokenView, UserView } from "@/lib/shared/schemas/users";
import type { Role } from "@/lib/shared/auth/roles";

// The Users page's and the account page's calls. A setup path or a new token is answered once: shown, never kept.

const user = (name: string) => `/api/users/${encodeURIComponent(name)}`;
const json = (method: string, body: unknown = {}): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const addUser = (body: AddUserBody) => postJson<{ user: UserView; setupPath?: string }>("/api/users", body);
export const updateUser = (name: string, body: { role?: Role; disabled?: boolean }) => fetchJson<{ user: UserView }>(user(name), json("PATCH", body));
export const resetPassword = (name: string, password?: string) => postJson<{ setupPath?: string }>(`${user(name)}/password`, password ? { password } : {});
export const revokeSession = (name: string, id: number) => fetchJson(`${user(name)}/sessions/${id}`, json("DELETE"));
export const revokeUserToken = (name: string, id: number) => fetchJson(`${user(name)}/tokens/${id}`, json("DELETE"));
export const createOwnToken = (name: string) => postJson<TokenView & { token: string }>("/api/session/tokens", { name });
export const revokeOwnToken = (id: number) => fetchJson(`/api/session/tokens/${id}`, json("DELETE"));
