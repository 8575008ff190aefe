import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";

// Tables on a phone (below Tailwind's sm, 640 px): a primary list turns into one card per row (CardTable + Cell),
// a wide detail table scrolls inside itself (TableScroll). Either way the page never scrolls sideways.

/**
 * A box that scrolls its table sideways. `relative` matters: an absolutely positioned descendant (the `sr-only`
 * text of an "Actions" header is one) has its containing block outside a static scroller, so it escapes the clip
 * and widens the whole page.
 */
export function TableScroll({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={clsx("relative min-w-0 max-w-full overflow-x-auto", className)}>{children}</div>;
}

// Below sm: no header row, each row a block (a card with a divider), each cell a label/value line. Long engine
// strings (IDs, subnets, mount paths) break instead of widening the card.
const CARDS = clsx(
  "max-sm:block max-sm:w-full",
  "max-sm:[&_thead]:hidden max-sm:[&_tbody]:block",
  "max-sm:[&_tr]:block max-sm:[&_tr]:px-3 max-sm:[&_tr]:py-2",
  "max-sm:[&_tbody>tr>*]:flex max-sm:[&_tbody>tr>*]:min-w-0 max-sm:[&_tbody>tr>*]:max-w-none max-sm:[&_tbody>tr>*]:gap-3",
  "max-sm:[&_tbody>tr>*]:px-0 max-sm:[&_tbody>tr>*]:py-0.5 max-sm:[&_tbody>tr>*]:text-left max-sm:[&_tbody>tr>*]:break-all",
);

/** A table that is a list of cards on a phone; its cells are `Cell`s so each value carries its column's name. */
export function CardTable({ className, children, ...rest }: ComponentProps<"table">) {
  return (
    <TableScroll>
      <table className={clsx("w-full text-left", CARDS, className)} {...rest}>
        {children}
      </table>
    </TableScroll>
  );
}

/**
 * One value of a CardTable row. `label` is the column's name, shown before the value on a phone only (the header
 * row is hidden there); leave it out for a row's actions or for the cell that names the row.
 */
export function Cell({ label, className, children, header, ...rest }: ComponentProps<"td"> & { label?: string; header?: boolean }) {
  // The label is generated content (::before from data-label), not a node: the cell's text stays the value alone,
  // as tests and copy-paste read it, and on a desk, where the header row names the column, it is not there at all.
  const props = {
    "data-label": label,
    className: clsx(
      label &&
        "max-sm:before:w-24 max-sm:before:shrink-0 max-sm:before:font-sans max-sm:before:text-[11px] max-sm:before:font-semibold max-sm:before:tracking-wide max-sm:before:text-ink-muted max-sm:before:uppercase max-sm:before:content-[attr(data-label)]",
      className,
    ),
  };
  const body = <div className="min-w-0 max-sm:flex-1">{children}</div>;
  return header ? (
    <th scope="row" {...(rest as ComponentProps<"th">)} {...props}>
      {body}
    </th>
  ) : (
    <td {...rest} {...props}>
      {body}
    </td>
  );
}
