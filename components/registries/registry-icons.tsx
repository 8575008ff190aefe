import type { SVGProps } from "react";

// Decorative marks for the registries screen (the text beside each names it).
type Props = Omit<SVGProps<SVGSVGElement>, "children">;

export function StarIcon(props: Props) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="size-3.5" {...props}>
      <path fill="currentColor" d="m12 3.2 2.7 5.5 6 .9-4.4 4.2 1 6-5.3-2.8-5.4 2.8 1-6-4.3-4.2 6-.9z" />
    </svg>
  );
}

/** A cloud: a registry somewhere on the network. */
export function RegistryIcon(props: Props) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="size-5" {...props}>
      <path d="M7 18.5h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.6 9.1 4.7 4.7 0 0 0 7 18.5z" />
    </svg>
  );
}

/** A magnifier over a cloud: Docker Hub, searched. */
export function HubIcon(props: Props) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="size-5" {...props}>
      <rect x="3" y="9" width="4" height="3.5" rx=".5" />
      <rect x="7.5" y="9" width="4" height="3.5" rx=".5" />
      <rect x="12" y="9" width="4" height="3.5" rx=".5" />
      <rect x="7.5" y="5" width="4" height="3.5" rx=".5" />
      <path d="M2 13.5h19c-.5 3.5-3.8 6-8.5 6H8c-3.3 0-5.6-2.5-6-6z" />
    </svg>
  );
}
