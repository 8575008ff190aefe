// Image references as the engine reads them (github.com/distribution/reference): pure, so the tag
// form, the pull box and the API all validate with the same rules.
//
//   [registry[:port]/]path-component[/path-component…][:tag][@digest]

export const DEFAULT_REGISTRY = "docker.io";
export const DEFAULT_TAG = "latest";
const OFFICIAL_NAMESPACE = "library";
const MAX_NAME_LENGTH = 255;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const REGISTRY = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export interface ImageReference {
  /** "docker.io" when the reference names none. */
  registry: string;
  /** Path inside the registry; Docker Hub's official images carry "library/". */
  repository: string;
  tag?: string;
  digest?: string;
}

export type ReferenceResult = { ok: true; reference: ImageReference } | { ok: false; reason: string };

function fail(reason: string): ReferenceResult {
  return { ok: false, reason };
}

/** What the engine treats as a registry: it has a "." or a ":", is "localhost", or is not lowercase. */
function looksLikeRegistry(component: string): boolean {
  return component.includes(".") || component.includes(":") || component === "localhost" || component !== component.toLowerCase();
}

/** Parses a reference; on failure says why in words a user can act on. */
export function parseReference(input: string): ReferenceResult {
  const text = input.trim();
  if (!text) return fail("Enter an image reference");
  if (/\s/.test(text)) return fail("A reference cannot contain spaces");

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return fail(`"${digest}" is not a digest (expected sha256: and 64 lowercase hex digits)`);
  }

  // The tag follows the last ":" only if no "/" comes after it: in host:5000/a/b the ":" belongs to the registry.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon !== -1 && !rest.slice(colon).includes("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tag) return fail("The tag after \":\" is empty");
    if (!TAG.test(tag)) {
      return fail(`"${tag}" is not a valid tag: letters, digits, "_", "." and "-", not starting with "." or "-", at most 128 characters`);
    }
  }
  if (!rest) return fail("The repository name is missing");

  const parts = rest.split("/");
  let registry = DEFAULT_REGISTRY;
  if (parts.length > 1 && looksLikeRegistry(parts[0]!)) {
    registry = parts.shift()!;
    if (!REGISTRY.test(registry)) return fail(`"${registry}" is not a valid registry host[:port]`);
  }
  for (const part of parts) {
    if (!part) return fail("The repository has an empty path component (\"//\" or a leading or trailing \"/\")");
    if (part !== part.toLowerCase()) return fail(`Repository names must be lowercase ("${part}")`);
    if (!PATH_COMPONENT.test(part)) {
      return fail(`"${part}" is not a valid repository component: lowercase letters and digits, separated by ".", "_", "__" or "-"`);
    }
  }
  let repository = parts.join("/");
  if (registry === DEFAULT_REGISTRY && parts.length === 1) repository = `${OFFICIAL_NAMESPACE}/${repository}`;
  // The engine counts the name as written (registry included when given), before "library/" is implied.
  if (rest.length > MAX_NAME_LENGTH) return fail(`The repository name is longer than ${MAX_NAME_LENGTH} characters`);

  const reference: ImageReference = { registry, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return { ok: true, reference };
}

/** The reason `input` is not a reference, or undefined when it is one. */
export function referenceProblem(input: string): string | undefined {
  const result = parseReference(input);
  return result.ok ? undefined : result.reason;
}

/**
 * The repository part as `docker images` shows it: Docker Hub and "library/" left out unless
 * `canonical` asks for the full form.
 */
export function formatRepository(ref: Pick<ImageReference, "registry" | "repository">, canonical = false): string {
  if (canonical) return `${ref.registry}/${ref.repository}`;
  if (ref.registry !== DEFAULT_REGISTRY) return `${ref.registry}/${ref.repository}`;
  return ref.repository.startsWith(`${OFFICIAL_NAMESPACE}/`) && ref.repository.split("/").length === 2
    ? ref.repository.slice(OFFICIAL_NAMESPACE.length + 1)
    : ref.repository;
}

/** The reference as text: familiar (`busybox:latest`) by default, or canonical (`docker.io/library/busybox:latest`). */
export function formatReference(ref: ImageReference, opts: { canonical?: boolean } = {}): string {
  let out = formatRepository(ref, opts.canonical);
  if (ref.tag) out += `:${ref.tag}`;
  if (ref.digest) out += `@${ref.digest}`;
  return out;
}

/** The reference with `latest` filled in when it names neither tag nor digest (what `docker pull` does). */
export function withDefaultTag(ref: ImageReference): ImageReference {
  return ref.tag || ref.digest ? ref : { ...ref, tag: DEFAULT_TAG };
}
