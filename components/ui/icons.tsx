import type { ReactNode, SVGProps } from "react";

// Small hand-drawn icons on a 24-unit grid, stroked in currentColor so a selected (blue) row or a
// disabled button recolours them with plain CSS. Decorative: the button or text beside them names them.
type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

function Icon({ children, className, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className ?? "size-5"}
      {...rest}
    >
      {children}
    </svg>
  );
}

/** A little ship carrying containers: Berth's mark. */
export function BrandMark(props: IconProps) {
  return (
    <Icon strokeWidth={0} {...props}>
      <g fill="currentColor">
        <rect x="5" y="8" width="3.6" height="3.2" rx="0.5" />
        <rect x="9.2" y="8" width="3.6" height="3.2" rx="0.5" />
        <rect x="13.4" y="8" width="3.6" height="3.2" rx="0.5" />
        <rect x="9.2" y="4.3" width="3.6" height="3.2" rx="0.5" />
        <path d="M2.2 12.4h19.6l-2.6 5.1a2.4 2.4 0 0 1-2.1 1.3H6.6a2.4 2.4 0 0 1-2.1-1.1z" />
      </g>
      <path d="M2 21.2c1.6 0 1.6-.9 3.3-.9s1.6.9 3.3.9 1.6-.9 3.3-.9 1.7.9 3.3.9 1.7-.9 3.3-.9 1.6.9 3.3.9" stroke="currentColor" strokeWidth={1.4} fill="none" />
    </Icon>
  );
}

export function StartIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 4.8v14.4a.8.8 0 0 0 1.2.7l11.2-7.2a.8.8 0 0 0 0-1.4L8.2 4.1a.8.8 0 0 0-1.2.7z" />
    </Icon>
  );
}

export function StopIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="5.5" y="5.5" width="13" height="13" rx="1.6" />
    </Icon>
  );
}

export function RestartIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
      <path d="M19.6 4.2v4.3h-4.3" />
    </Icon>
  );
}

export function PauseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="6.5" y="5" width="3.5" height="14" rx="0.8" />
      <rect x="14" y="5" width="3.5" height="14" rx="0.8" />
    </Icon>
  );
}

/** Resume: a play triangle behind a pause bar, so it reads "carry on" rather than "start". */
export function UnpauseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4.5 5v14" />
      <path d="M9 5.6v12.8a.7.7 0 0 0 1.1.6l9.6-6.4a.7.7 0 0 0 0-1.2L10.1 5a.7.7 0 0 0-1.1.6z" />
    </Icon>
  );
}

export function KillIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13.5 2.8 5.6 13.2h6l-1.1 8 7.9-10.4h-6z" />
    </Icon>
  );
}

export function RemoveIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 6.5h16" />
      <path d="M9.5 6.5V4.6c0-.6.5-1.1 1.1-1.1h2.8c.6 0 1.1.5 1.1 1.1v1.9" />
      <path d="M6.2 6.5l.9 12.6c.1 1 .9 1.9 2 1.9h5.8c1.1 0 1.9-.9 2-1.9l.9-12.6" />
      <path d="M10.2 10.5v6.5M13.8 10.5v6.5" />
    </Icon>
  );
}

export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5 5" />
    </Icon>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 6l12 12M18 6 6 18" />
    </Icon>
  );
}

export function ExternalLinkIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M14 4h6v6" />
      <path d="M20 4l-8.5 8.5" />
      <path d="M18 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 5.5 6H10" />
    </Icon>
  );
}

export function WarningIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
      <path d="M12 9v4.5M12 17h.01" />
    </Icon>
  );
}

/** A shipping container: empty states. */
export function ContainerBoxIcon(props: IconProps) {
  return (
    <Icon strokeWidth={1.4} {...props}>
      <rect x="2.5" y="6" width="19" height="12" rx="1" />
      <path d="M6.5 9v6M10 9v6M13.5 9v6M17 9v6" />
    </Icon>
  );
}

export function EyeIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
      <circle cx="12" cy="12" r="2.8" />
    </Icon>
  );
}

export function EyeOffIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 3l18 18" />
      <path d="M10.6 5.6A9.6 9.6 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a16 16 0 0 1-2.6 3.4M6.4 6.9C3.9 8.6 2.5 12 2.5 12S6 18.5 12 18.5a9 9 0 0 0 4.1-1" />
      <path d="M9.9 9.9a2.8 2.8 0 0 0 4 4" />
    </Icon>
  );
}

/** A favourite's star; filled when `filled` (the container is starred). */
export function StarIcon({ filled = false, ...props }: IconProps & { filled?: boolean }) {
  return (
    <Icon {...props}>
      <path d="m12 3.2 2.7 5.5 6 .9-4.35 4.24 1.03 6-5.38-2.83-5.38 2.83 1.03-6L3.3 9.6l6-.9z" fill={filled ? "currentColor" : "none"} />
    </Icon>
  );
}
