/** Tailwind's `sm` breakpoint: below it the containers screen is two steps (list, then one container). */
export const PHONE_QUERY = "(max-width: 639.98px)";

export function isPhoneWidth(): boolean {
  return typeof window !== "undefined" && window.matchMedia(PHONE_QUERY).matches;
}
